using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.Governance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "governance_Forums",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Tasks = table.Column<string>(type: "TEXT", nullable: false),
                    Chair = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Convener = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Presenter = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Compiler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Resources = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MinMeetingsPerYear = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxMeetingsPerYear = table.Column<int>(type: "INTEGER", nullable: true),
                    MeetingFrequencyNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seats = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_Forums", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_governance_Forums_Slug",
                table: "governance_Forums",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "governance_Forums");
        }
    }
}
