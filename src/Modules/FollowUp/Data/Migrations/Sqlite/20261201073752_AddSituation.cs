using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.FollowUp.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSituation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "followup_SituationReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DecisionReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SetOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_SituationReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "followup_SituationSections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Classification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_SituationSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_SituationSections_followup_SituationReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "followup_SituationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "followup_Indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SectionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Classification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_Indicators_followup_SituationReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "followup_SituationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_Indicators_followup_SituationSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "followup_SituationSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "followup_IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AgeGroup = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followup_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_followup_IndicatorValues_followup_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "followup_Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_followup_IndicatorValues_followup_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "followup_Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_followup_Indicators_ReportId_SortOrder",
                table: "followup_Indicators",
                columns: new[] { "ReportId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_Indicators_SectionId",
                table: "followup_Indicators",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_Indicators_Slug",
                table: "followup_Indicators",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_followup_IndicatorValues_AreaId",
                table: "followup_IndicatorValues",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_followup_IndicatorValues_IndicatorId_Year",
                table: "followup_IndicatorValues",
                columns: new[] { "IndicatorId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_followup_SituationReports_SetOn",
                table: "followup_SituationReports",
                column: "SetOn");

            migrationBuilder.CreateIndex(
                name: "IX_followup_SituationReports_Slug",
                table: "followup_SituationReports",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_followup_SituationSections_ReportId_Slug",
                table: "followup_SituationSections",
                columns: new[] { "ReportId", "Slug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "followup_IndicatorValues");

            migrationBuilder.DropTable(
                name: "followup_Indicators");

            migrationBuilder.DropTable(
                name: "followup_SituationSections");

            migrationBuilder.DropTable(
                name: "followup_SituationReports");
        }
    }
}
