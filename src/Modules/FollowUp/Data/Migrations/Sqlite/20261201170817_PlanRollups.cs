using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.FollowUp.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_followup_Measures_PlanId_Classification_Title",
                table: "followup_Measures");

            migrationBuilder.AddColumn<Guid>(
                name: "RollupStamp",
                table: "followup_ActionPlans",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "followup_PlanRollups",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    Measures = table.Column<int>(type: "INTEGER", nullable: false),
                    TopLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    TopLevelProgress = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_PlanRollups", x => new { x.PlanId, x.GoalId, x.AreaId, x.StatusId, x.BodyId });
                    table.ForeignKey(
                        name: "FK_followup_PlanRollups_followup_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "followup_ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_followup_Measures_Classification_Slug_Id_PlanId",
                table: "followup_Measures",
                columns: new[] { "Classification", "Slug", "Id", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_Measures_PlanId_Classification_Title_Id",
                table: "followup_Measures",
                columns: new[] { "PlanId", "Classification", "Title", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "followup_PlanRollups");

            migrationBuilder.DropIndex(
                name: "IX_followup_Measures_Classification_Slug_Id_PlanId",
                table: "followup_Measures");

            migrationBuilder.DropIndex(
                name: "IX_followup_Measures_PlanId_Classification_Title_Id",
                table: "followup_Measures");

            migrationBuilder.DropColumn(
                name: "RollupStamp",
                table: "followup_ActionPlans");

            migrationBuilder.CreateIndex(
                name: "IX_followup_Measures_PlanId_Classification_Title",
                table: "followup_Measures",
                columns: new[] { "PlanId", "Classification", "Title" });
        }
    }
}
