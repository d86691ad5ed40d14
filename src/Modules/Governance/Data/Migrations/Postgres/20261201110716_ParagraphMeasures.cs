using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.Governance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ParagraphMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ParagraphMeasures",
                schema: "governance",
                columns: table => new
                {
                    ParagraphId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeasureSlug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParagraphMeasures", x => new { x.ParagraphId, x.MeasureSlug });
                    table.ForeignKey(
                        name: "FK_ParagraphMeasures_Paragraphs_ParagraphId",
                        column: x => x.ParagraphId,
                        principalSchema: "governance",
                        principalTable: "Paragraphs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ParagraphMeasures_MeasureSlug",
                schema: "governance",
                table: "ParagraphMeasures",
                column: "MeasureSlug");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ParagraphMeasures",
                schema: "governance");
        }
    }
}
