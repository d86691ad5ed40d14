using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.Governance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddAgenda : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Items",
                schema: "governance",
                table: "Meetings",
                type: "text",
                nullable: false,
                // Meetings saved before agendas existed have an empty agenda (AgendaJson reads JSON).
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTime>(
                name: "KallelsePublishedUtc",
                schema: "governance",
                table: "Meetings",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Items",
                schema: "governance",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "KallelsePublishedUtc",
                schema: "governance",
                table: "Meetings");
        }
    }
}
