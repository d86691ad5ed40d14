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
            migrationBuilder.AddColumn<Guid>(
                name: "ProblemSectionId",
                table: "followup_Measures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_followup_Measures_ProblemSectionId",
                table: "followup_Measures",
                column: "ProblemSectionId");

            migrationBuilder.AddForeignKey(
                name: "FK_followup_Measures_followup_SituationSections_ProblemSectionId",
                table: "followup_Measures",
                column: "ProblemSectionId",
                principalTable: "followup_SituationSections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
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
