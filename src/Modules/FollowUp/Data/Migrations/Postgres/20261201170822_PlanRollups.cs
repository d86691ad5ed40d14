using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.FollowUp.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Measures_PlanId_Classification_Title",
                schema: "followup",
                table: "Measures");

            migrationBuilder.AddColumn<Guid>(
                name: "RollupStamp",
                schema: "followup",
                table: "ActionPlans",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "PlanRollups",
                schema: "followup",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusId = table.Column<Guid>(type: "uuid", nullable: false),
                    BodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false),
                    Measures = table.Column<int>(type: "integer", nullable: false),
                    TopLevel = table.Column<int>(type: "integer", nullable: false),
                    TopLevelProgress = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanRollups", x => new { x.PlanId, x.GoalId, x.AreaId, x.StatusId, x.BodyId });
                    table.ForeignKey(
                        name: "FK_PlanRollups_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "followup",
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_Classification_Slug_Id_PlanId",
                schema: "followup",
                table: "Measures",
                columns: new[] { "Classification", "Slug", "Id", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PlanId_Classification_Title_Id",
                schema: "followup",
                table: "Measures",
                columns: new[] { "PlanId", "Classification", "Title", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanRollups",
                schema: "followup");

            migrationBuilder.DropIndex(
                name: "IX_Measures_Classification_Slug_Id_PlanId",
                schema: "followup",
                table: "Measures");

            migrationBuilder.DropIndex(
                name: "IX_Measures_PlanId_Classification_Title_Id",
                schema: "followup",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "RollupStamp",
                schema: "followup",
                table: "ActionPlans");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PlanId_Classification_Title",
                schema: "followup",
                table: "Measures",
                columns: new[] { "PlanId", "Classification", "Title" });
        }
    }
}
