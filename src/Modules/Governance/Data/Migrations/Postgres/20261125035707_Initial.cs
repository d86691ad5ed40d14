using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.Governance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "governance");

            migrationBuilder.CreateTable(
                name: "Forums",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Tasks = table.Column<List<string>>(type: "text[]", nullable: false),
                    Chair = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Convener = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Presenter = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Compiler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Resources = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MinMeetingsPerYear = table.Column<int>(type: "integer", nullable: true),
                    MaxMeetingsPerYear = table.Column<int>(type: "integer", nullable: true),
                    MeetingFrequencyNote = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Seats = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Forums", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Forums_Slug",
                schema: "governance",
                table: "Forums",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Forums",
                schema: "governance");
        }
    }
}
