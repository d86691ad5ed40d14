using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.Governance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddMinutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Protocols",
                schema: "governance",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ForumId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Justerare = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AdjustedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AdjustedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AdjustmentRecordedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AdjustmentRecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attendance = table.Column<string>(type: "text", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Protocols", x => x.MeetingId);
                    table.ForeignKey(
                        name: "FK_Protocols_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "governance",
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Paragraphs",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ForumId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Decision = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Classification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OslReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    MarkedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MarkedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ImmediatelyAdjustedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ImmediatelyAdjustedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CorrectsId = table.Column<Guid>(type: "uuid", nullable: true),
                    CorrectsNumber = table.Column<int>(type: "integer", nullable: true),
                    CorrectionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Paragraphs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Paragraphs_Protocols_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "governance",
                        principalTable: "Protocols",
                        principalColumn: "MeetingId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Paragraphs_ForumId_Year_Number",
                schema: "governance",
                table: "Paragraphs",
                columns: new[] { "ForumId", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Paragraphs_MeetingId",
                schema: "governance",
                table: "Paragraphs",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Protocols_ForumId_Year",
                schema: "governance",
                table: "Protocols",
                columns: new[] { "ForumId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Paragraphs",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "Protocols",
                schema: "governance");
        }
    }
}
