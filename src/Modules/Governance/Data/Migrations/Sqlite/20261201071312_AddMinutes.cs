using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.Governance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddMinutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "governance_Protocols",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ForumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Justerare = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AdjustedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AdjustedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AdjustmentRecordedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AdjustmentRecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attendance = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_Protocols", x => x.MeetingId);
                    table.ForeignKey(
                        name: "FK_governance_Protocols_governance_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "governance_Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "governance_Paragraphs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ForumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Classification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OslReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MarkedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MarkedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ImmediatelyAdjustedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ImmediatelyAdjustedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CorrectsId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrectsNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_Paragraphs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governance_Paragraphs_governance_Protocols_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "governance_Protocols",
                        principalColumn: "MeetingId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_governance_Paragraphs_ForumId_Year_Number",
                table: "governance_Paragraphs",
                columns: new[] { "ForumId", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_Paragraphs_MeetingId",
                table: "governance_Paragraphs",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_governance_Protocols_ForumId_Year",
                table: "governance_Protocols",
                columns: new[] { "ForumId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "governance_Paragraphs");

            migrationBuilder.DropTable(
                name: "governance_Protocols");
        }
    }
}
