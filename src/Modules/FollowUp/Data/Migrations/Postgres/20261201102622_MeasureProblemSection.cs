using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.FollowUp.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeasureProblemSection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ProblemSectionId",
                schema: "followup",
                table: "Measures",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Measures_ProblemSectionId",
                schema: "followup",
                table: "Measures",
                column: "ProblemSectionId");

            migrationBuilder.AddForeignKey(
                name: "FK_Measures_SituationSections_ProblemSectionId",
                schema: "followup",
                table: "Measures",
                column: "ProblemSectionId",
                principalSchema: "followup",
                principalTable: "SituationSections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Measures_SituationSections_ProblemSectionId",
                schema: "followup",
                table: "Measures");

            migrationBuilder.DropIndex(
                name: "IX_Measures_ProblemSectionId",
                schema: "followup",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "ProblemSectionId",
                schema: "followup",
                table: "Measures");
        }
    }
}
