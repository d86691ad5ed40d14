using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.FollowUp.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeasurePublicProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HasPublicChildren",
                schema: "followup",
                table: "Measures",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PublicProgress",
                schema: "followup",
                table: "Measures",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing plans: leaves show what they reported; parents the roll-up of their public children, one level
            // per pass from the leaves up (MeasureRules.MaxDepth levels); then the stored plan roll-ups (ADR 18) are
            // dropped so that the next reader computes them from the public figures.
            migrationBuilder.Sql("UPDATE \"followup\".\"Measures\" SET \"PublicProgress\" = \"Progress\";");
            for (var level = 0; level < 10; level++)
            {
                migrationBuilder.Sql("UPDATE \"followup\".\"Measures\" AS p SET \"HasPublicChildren\" = TRUE, \"PublicProgress\" = COALESCE((SELECT CAST(ROUND(SUM(c.\"PublicProgress\" * COALESCE(c.\"Weight\", 1)) / NULLIF(SUM(COALESCE(c.\"Weight\", 1)), 0)) AS INTEGER) FROM \"followup\".\"Measures\" c WHERE c.\"ParentId\" = p.\"Id\" AND c.\"Classification\" = 'Offentlig'), p.\"Progress\") WHERE EXISTS (SELECT 1 FROM \"followup\".\"Measures\" c WHERE c.\"ParentId\" = p.\"Id\" AND c.\"Classification\" = 'Offentlig');");
            }

            migrationBuilder.Sql("DELETE FROM \"followup\".\"PlanRollups\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HasPublicChildren",
                schema: "followup",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "PublicProgress",
                schema: "followup",
                table: "Measures");
        }
    }
}
