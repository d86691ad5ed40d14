using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.FollowUp.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeasurePublicProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HasPublicChildren",
                table: "followup_Measures",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PublicProgress",
                table: "followup_Measures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing plans: leaves show what they reported; parents the roll-up of their public children, one level
            // per pass from the leaves up (MeasureRules.MaxDepth levels); then the stored plan roll-ups (ADR 18) are
            // dropped so that the next reader computes them from the public figures.
            migrationBuilder.Sql("UPDATE followup_Measures SET PublicProgress = Progress;");
            for (var level = 0; level < 10; level++)
            {
                migrationBuilder.Sql("UPDATE followup_Measures AS p SET HasPublicChildren = 1, PublicProgress = COALESCE((SELECT CAST(ROUND(SUM(c.PublicProgress * COALESCE(CAST(c.Weight AS REAL), 1)) / NULLIF(SUM(COALESCE(CAST(c.Weight AS REAL), 1)), 0)) AS INTEGER) FROM followup_Measures c WHERE c.ParentId = p.Id AND c.Classification = 'Offentlig'), p.Progress) WHERE EXISTS (SELECT 1 FROM followup_Measures c WHERE c.ParentId = p.Id AND c.Classification = 'Offentlig');");
            }

            migrationBuilder.Sql("DELETE FROM followup_PlanRollups;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HasPublicChildren",
                table: "followup_Measures");

            migrationBuilder.DropColumn(
                name: "PublicProgress",
                table: "followup_Measures");
        }
    }
}
