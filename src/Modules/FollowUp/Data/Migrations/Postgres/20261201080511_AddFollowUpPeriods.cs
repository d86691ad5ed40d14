using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.FollowUp.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddFollowUpPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsFinal",
                schema: "followup",
                table: "MeasureStatuses",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "FollowUpPeriods",
                schema: "followup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpPeriods_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "followup",
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PlanId_LastReportedOn",
                schema: "followup",
                table: "Measures",
                columns: new[] { "PlanId", "LastReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpPeriods_PlanId_From",
                schema: "followup",
                table: "FollowUpPeriods",
                columns: new[] { "PlanId", "From" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUpPeriods",
                schema: "followup");

            migrationBuilder.DropIndex(
                name: "IX_Measures_PlanId_LastReportedOn",
                schema: "followup",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "IsFinal",
                schema: "followup",
                table: "MeasureStatuses");
        }
    }
}
