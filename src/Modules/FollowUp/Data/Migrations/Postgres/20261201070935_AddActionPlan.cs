using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.FollowUp.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddActionPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActionPlans",
                schema: "followup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Areas",
                schema: "followup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Areas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeasureStatuses",
                schema: "followup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefaultProgress = table.Column<int>(type: "integer", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureStatuses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResponsibleBodies",
                schema: "followup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reporters = table.Column<List<string>>(type: "text[]", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponsibleBodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Measures",
                schema: "followup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Problem = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResponsibleBodyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Contributors = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Start = table.Column<DateOnly>(type: "date", nullable: true),
                    End = table.Column<DateOnly>(type: "date", nullable: true),
                    StatusId = table.Column<Guid>(type: "uuid", nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    TotalProgress = table.Column<int>(type: "integer", nullable: false),
                    HasChildren = table.Column<bool>(type: "boolean", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Weight = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: true),
                    BudgetReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Classification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LastReportedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Targets = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Measures_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "followup",
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Measures_MeasureStatuses_StatusId",
                        column: x => x.StatusId,
                        principalSchema: "followup",
                        principalTable: "MeasureStatuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Measures_Measures_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "followup",
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Measures_ResponsibleBodies_ResponsibleBodyId",
                        column: x => x.ResponsibleBodyId,
                        principalSchema: "followup",
                        principalTable: "ResponsibleBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeasureAreas",
                schema: "followup",
                columns: table => new
                {
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureAreas", x => new { x.AreaId, x.MeasureId });
                    table.ForeignKey(
                        name: "FK_MeasureAreas_Areas_AreaId",
                        column: x => x.AreaId,
                        principalSchema: "followup",
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasureAreas_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalSchema: "followup",
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureGoals",
                schema: "followup",
                columns: table => new
                {
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureGoals", x => new { x.GoalId, x.MeasureId });
                    table.ForeignKey(
                        name: "FK_MeasureGoals_Goals_GoalId",
                        column: x => x.GoalId,
                        principalSchema: "followup",
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasureGoals_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalSchema: "followup",
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Milestones",
                schema: "followup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Milestones_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalSchema: "followup",
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressUpdates",
                schema: "followup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StatusId = table.Column<Guid>(type: "uuid", nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Author = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_MeasureStatuses_StatusId",
                        column: x => x.StatusId,
                        principalSchema: "followup",
                        principalTable: "MeasureStatuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalSchema: "followup",
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_Slug",
                schema: "followup",
                table: "ActionPlans",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Areas_Slug",
                schema: "followup",
                table: "Areas",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureAreas_MeasureId",
                schema: "followup",
                table: "MeasureAreas",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureGoals_MeasureId",
                schema: "followup",
                table: "MeasureGoals",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_ParentId",
                schema: "followup",
                table: "Measures",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PlanId_Classification_Title",
                schema: "followup",
                table: "Measures",
                columns: new[] { "PlanId", "Classification", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PlanId_StatusId",
                schema: "followup",
                table: "Measures",
                columns: new[] { "PlanId", "StatusId" });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_ResponsibleBodyId_PlanId",
                schema: "followup",
                table: "Measures",
                columns: new[] { "ResponsibleBodyId", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_Measures_Slug",
                schema: "followup",
                table: "Measures",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Measures_StatusId",
                schema: "followup",
                table: "Measures",
                column: "StatusId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureStatuses_Key",
                schema: "followup",
                table: "MeasureStatuses",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_MeasureId_Date",
                schema: "followup",
                table: "Milestones",
                columns: new[] { "MeasureId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_MeasureId_Date",
                schema: "followup",
                table: "ProgressUpdates",
                columns: new[] { "MeasureId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_StatusId",
                schema: "followup",
                table: "ProgressUpdates",
                column: "StatusId");

            migrationBuilder.CreateIndex(
                name: "IX_ResponsibleBodies_Slug",
                schema: "followup",
                table: "ResponsibleBodies",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeasureAreas",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "MeasureGoals",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "Milestones",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "ProgressUpdates",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "Areas",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "Measures",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "ActionPlans",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "MeasureStatuses",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "ResponsibleBodies",
                schema: "followup");
        }
    }
}
