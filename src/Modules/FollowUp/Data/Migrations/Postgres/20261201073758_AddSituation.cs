using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.FollowUp.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddSituation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SituationReports",
                schema: "followup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    DecisionReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SetOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SituationReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SituationSections",
                schema: "followup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Classification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SituationSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SituationSections_SituationReports_ReportId",
                        column: x => x.ReportId,
                        principalSchema: "followup",
                        principalTable: "SituationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                schema: "followup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    SectionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Classification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_SituationReports_ReportId",
                        column: x => x.ReportId,
                        principalSchema: "followup",
                        principalTable: "SituationReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Indicators_SituationSections_SectionId",
                        column: x => x.SectionId,
                        principalSchema: "followup",
                        principalTable: "SituationSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                schema: "followup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: true),
                    Gender = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AgeGroup = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Areas_AreaId",
                        column: x => x.AreaId,
                        principalSchema: "followup",
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalSchema: "followup",
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_ReportId_SortOrder",
                schema: "followup",
                table: "Indicators",
                columns: new[] { "ReportId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_SectionId",
                schema: "followup",
                table: "Indicators",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Slug",
                schema: "followup",
                table: "Indicators",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_AreaId",
                schema: "followup",
                table: "IndicatorValues",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_IndicatorId_Year",
                schema: "followup",
                table: "IndicatorValues",
                columns: new[] { "IndicatorId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SituationReports_SetOn",
                schema: "followup",
                table: "SituationReports",
                column: "SetOn");

            migrationBuilder.CreateIndex(
                name: "IX_SituationReports_Slug",
                schema: "followup",
                table: "SituationReports",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SituationSections_ReportId_Slug",
                schema: "followup",
                table: "SituationSections",
                columns: new[] { "ReportId", "Slug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorValues",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "Indicators",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "SituationSections",
                schema: "followup");

            migrationBuilder.DropTable(
                name: "SituationReports",
                schema: "followup");
        }
    }
}
