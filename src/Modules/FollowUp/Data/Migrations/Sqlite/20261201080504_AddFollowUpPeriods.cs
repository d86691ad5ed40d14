using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.FollowUp.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddFollowUpPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsFinal",
                table: "followup_MeasureStatuses",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "followup_FollowUpPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_FollowUpPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_FollowUpPeriods_followup_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "followup_ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_followup_Measures_PlanId_LastReportedOn",
                table: "followup_Measures",
                columns: new[] { "PlanId", "LastReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_FollowUpPeriods_PlanId_From",
                table: "followup_FollowUpPeriods",
                columns: new[] { "PlanId", "From" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "followup_FollowUpPeriods");

            migrationBuilder.DropIndex(
                name: "IX_followup_Measures_PlanId_LastReportedOn",
                table: "followup_Measures");

            migrationBuilder.DropColumn(
                name: "IsFinal",
                table: "followup_MeasureStatuses");
        }
    }
}
