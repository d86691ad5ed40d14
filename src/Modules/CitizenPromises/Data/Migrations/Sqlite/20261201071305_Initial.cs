using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.CitizenPromises.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "promises_Agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FocusProblems = table.Column<string>(type: "TEXT", nullable: false),
                    Causes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Goals = table.Column<string>(type: "TEXT", nullable: false),
                    FollowUpMethod = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    SignedBy = table.Column<string>(type: "TEXT", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promises_Agreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "promises_Sets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Background = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Signatories = table.Column<string>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Report = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promises_Sets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_promises_Sets_promises_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "promises_Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "promises_Promises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Promisors = table.Column<string>(type: "TEXT", nullable: false),
                    Activities = table.Column<string>(type: "TEXT", nullable: false),
                    SuccessMeasure = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    MeasureSlugs = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promises_Promises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_promises_Promises_promises_Sets_SetId",
                        column: x => x.SetId,
                        principalTable: "promises_Sets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "promises_FollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PromiseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Figures = table.Column<string>(type: "TEXT", nullable: true),
                    Images = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_promises_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_promises_FollowUps_promises_Promises_PromiseId",
                        column: x => x.PromiseId,
                        principalTable: "promises_Promises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_promises_Agreements_Slug",
                table: "promises_Agreements",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_promises_FollowUps_PromiseId_Date",
                table: "promises_FollowUps",
                columns: new[] { "PromiseId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_promises_Promises_SetId_SortOrder",
                table: "promises_Promises",
                columns: new[] { "SetId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_promises_Sets_AgreementId",
                table: "promises_Sets",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_promises_Sets_PeriodTo",
                table: "promises_Sets",
                column: "PeriodTo");

            migrationBuilder.CreateIndex(
                name: "IX_promises_Sets_Slug",
                table: "promises_Sets",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "promises_FollowUps");

            migrationBuilder.DropTable(
                name: "promises_Promises");

            migrationBuilder.DropTable(
                name: "promises_Sets");

            migrationBuilder.DropTable(
                name: "promises_Agreements");
        }
    }
}
