using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.CitizenPromises.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "promises");

            migrationBuilder.CreateTable(
                name: "Agreements",
                schema: "promises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    FocusProblems = table.Column<List<string>>(type: "text[]", nullable: false),
                    Causes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Goals = table.Column<List<string>>(type: "text[]", nullable: false),
                    FollowUpMethod = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    SignedBy = table.Column<List<string>>(type: "text[]", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sets",
                schema: "promises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Area = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Background = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Signatories = table.Column<List<string>>(type: "text[]", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: true),
                    Report = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sets_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalSchema: "promises",
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Promises",
                schema: "promises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SetId = table.Column<Guid>(type: "uuid", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Promisors = table.Column<List<string>>(type: "text[]", nullable: false),
                    Activities = table.Column<List<string>>(type: "text[]", nullable: false),
                    SuccessMeasure = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    MeasureSlugs = table.Column<List<string>>(type: "text[]", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Promises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Promises_Sets_SetId",
                        column: x => x.SetId,
                        principalSchema: "promises",
                        principalTable: "Sets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUps",
                schema: "promises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PromiseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Figures = table.Column<string>(type: "jsonb", nullable: true),
                    Images = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUps_Promises_PromiseId",
                        column: x => x.PromiseId,
                        principalSchema: "promises",
                        principalTable: "Promises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Slug",
                schema: "promises",
                table: "Agreements",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_PromiseId_Date",
                schema: "promises",
                table: "FollowUps",
                columns: new[] { "PromiseId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Promises_SetId_SortOrder",
                schema: "promises",
                table: "Promises",
                columns: new[] { "SetId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_Sets_AgreementId",
                schema: "promises",
                table: "Sets",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Sets_PeriodTo",
                schema: "promises",
                table: "Sets",
                column: "PeriodTo");

            migrationBuilder.CreateIndex(
                name: "IX_Sets_Slug",
                schema: "promises",
                table: "Sets",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUps",
                schema: "promises");

            migrationBuilder.DropTable(
                name: "Promises",
                schema: "promises");

            migrationBuilder.DropTable(
                name: "Sets",
                schema: "promises");

            migrationBuilder.DropTable(
                name: "Agreements",
                schema: "promises");
        }
    }
}
