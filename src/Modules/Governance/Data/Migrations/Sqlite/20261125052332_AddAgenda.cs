using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.Governance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAgenda : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Items",
                table: "governance_Meetings",
                type: "TEXT",
                nullable: false,
                // Meetings saved before agendas existed have an empty agenda (AgendaJson reads JSON).
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTime>(
                name: "KallelsePublishedUtc",
                table: "governance_Meetings",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Items",
                table: "governance_Meetings");

            migrationBuilder.DropColumn(
                name: "KallelsePublishedUtc",
                table: "governance_Meetings");
        }
    }
}
