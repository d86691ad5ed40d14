using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.FollowUp.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeasureProblemSection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite cannot add a foreign key to an existing table except by rebuilding it, and EF Core's rebuild turns
            // foreign keys off with "PRAGMA foreign_keys = 0", which cannot run inside the migration's transaction: every
            // fresh database logged a warning, and a process stopped there left the migration half applied. A new nullable
            // column may carry its REFERENCES clause in ALTER TABLE ADD COLUMN, so the column and its key come in one
            // statement, inside the transaction, with the same constraint the rebuild made.
            migrationBuilder.Sql(
                """
                ALTER TABLE "followup_Measures" ADD COLUMN "ProblemSectionId" TEXT NULL
                    CONSTRAINT "FK_followup_Measures_followup_SituationSections_ProblemSectionId"
                    REFERENCES "followup_SituationSections" ("Id") ON DELETE RESTRICT;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_followup_Measures_ProblemSectionId",
                table: "followup_Measures",
                column: "ProblemSectionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_followup_Measures_followup_SituationSections_ProblemSectionId",
                table: "followup_Measures");

            migrationBuilder.DropIndex(
                name: "IX_followup_Measures_ProblemSectionId",
                table: "followup_Measures");

            migrationBuilder.DropColumn(
                name: "ProblemSectionId",
                table: "followup_Measures");
        }
    }
}
