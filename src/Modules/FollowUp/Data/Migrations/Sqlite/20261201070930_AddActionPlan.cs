using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.FollowUp.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddActionPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "followup_ActionPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_ActionPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "followup_Areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_Areas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "followup_MeasureStatuses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DefaultProgress = table.Column<int>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_MeasureStatuses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "followup_ResponsibleBodies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reporters = table.Column<string>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_ResponsibleBodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "followup_Measures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResponsibleBodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Contributors = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalProgress = table.Column<int>(type: "INTEGER", nullable: false),
                    HasChildren = table.Column<bool>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: true),
                    BudgetReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Classification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LastReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Targets = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_Measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_Measures_followup_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "followup_ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_Measures_followup_MeasureStatuses_StatusId",
                        column: x => x.StatusId,
                        principalTable: "followup_MeasureStatuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_Measures_followup_Measures_ParentId",
                        column: x => x.ParentId,
                        principalTable: "followup_Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_Measures_followup_ResponsibleBodies_ResponsibleBodyId",
                        column: x => x.ResponsibleBodyId,
                        principalTable: "followup_ResponsibleBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "followup_MeasureAreas",
                columns: table => new
                {
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_MeasureAreas", x => new { x.AreaId, x.MeasureId });
                    table.ForeignKey(
                        name: "FK_followup_MeasureAreas_followup_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "followup_Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_MeasureAreas_followup_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "followup_Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "followup_MeasureGoals",
                columns: table => new
                {
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_MeasureGoals", x => new { x.GoalId, x.MeasureId });
                    table.ForeignKey(
                        name: "FK_followup_MeasureGoals_followup_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "followup_Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_MeasureGoals_followup_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "followup_Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "followup_Milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_Milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_Milestones_followup_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "followup_Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "followup_ProgressUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StatusId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_ProgressUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_ProgressUpdates_followup_MeasureStatuses_StatusId",
                        column: x => x.StatusId,
                        principalTable: "followup_MeasureStatuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_ProgressUpdates_followup_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "followup_Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_followup_ActionPlans_Slug",
                table: "followup_ActionPlans",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_followup_Areas_Slug",
                table: "followup_Areas",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_followup_MeasureAreas_MeasureId",
                table: "followup_MeasureAreas",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_MeasureGoals_MeasureId",
                table: "followup_MeasureGoals",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_Measures_ParentId",
                table: "followup_Measures",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_Measures_PlanId_Classification_Title",
                table: "followup_Measures",
                columns: new[] { "PlanId", "Classification", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_Measures_PlanId_StatusId",
                table: "followup_Measures",
                columns: new[] { "PlanId", "StatusId" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_Measures_ResponsibleBodyId_PlanId",
                table: "followup_Measures",
                columns: new[] { "ResponsibleBodyId", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_Measures_Slug",
                table: "followup_Measures",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_followup_Measures_StatusId",
                table: "followup_Measures",
                column: "StatusId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_MeasureStatuses_Key",
                table: "followup_MeasureStatuses",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_followup_Milestones_MeasureId_Date",
                table: "followup_Milestones",
                columns: new[] { "MeasureId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_ProgressUpdates_MeasureId_Date",
                table: "followup_ProgressUpdates",
                columns: new[] { "MeasureId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_ProgressUpdates_StatusId",
                table: "followup_ProgressUpdates",
                column: "StatusId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_ResponsibleBodies_Slug",
                table: "followup_ResponsibleBodies",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "followup_MeasureAreas");

            migrationBuilder.DropTable(
                name: "followup_MeasureGoals");

            migrationBuilder.DropTable(
                name: "followup_Milestones");

            migrationBuilder.DropTable(
                name: "followup_ProgressUpdates");

            migrationBuilder.DropTable(
                name: "followup_Areas");

            migrationBuilder.DropTable(
                name: "followup_Measures");

            migrationBuilder.DropTable(
                name: "followup_ActionPlans");

            migrationBuilder.DropTable(
                name: "followup_MeasureStatuses");

            migrationBuilder.DropTable(
                name: "followup_ResponsibleBodies");
        }
    }
}
