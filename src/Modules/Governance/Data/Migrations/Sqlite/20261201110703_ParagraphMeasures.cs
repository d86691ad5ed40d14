using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.Governance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ParagraphMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "governance_ParagraphMeasures",
                columns: table => new
                {
                    ParagraphId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureSlug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_ParagraphMeasures", x => new { x.ParagraphId, x.MeasureSlug });
                    table.ForeignKey(
                        name: "FK_governance_ParagraphMeasures_governance_Paragraphs_ParagraphId",
                        column: x => x.ParagraphId,
                        principalTable: "governance_Paragraphs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_governance_ParagraphMeasures_MeasureSlug",
                table: "governance_ParagraphMeasures",
                column: "MeasureSlug");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "governance_ParagraphMeasures");
        }
    }
}
