using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Trygghet.Modules.Audit.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "audit");

            migrationBuilder.CreateTable(
                name: "Entries",
                schema: "audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Actor = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RemoteAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Entries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Entries_Category_OccurredUtc",
                schema: "audit",
                table: "Entries",
                columns: new[] { "Category", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Entries_OccurredUtc",
                schema: "audit",
                table: "Entries",
                column: "OccurredUtc");

            // Append-only in the database too (docs/adr/0013): bulk statements and other tools bypass the context.
            // A statement-level trigger also refuses TRUNCATE.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the audit trail is append-only';
                END;
                $$;
                CREATE TRIGGER entries_no_update_or_delete BEFORE UPDATE OR DELETE ON audit."Entries"
                    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
                CREATE TRIGGER entries_no_truncate BEFORE TRUNCATE ON audit."Entries"
                    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS entries_no_truncate ON audit."Entries"; DROP TRIGGER IF EXISTS entries_no_update_or_delete ON audit."Entries"; DROP FUNCTION IF EXISTS audit.refuse_change();""");
            migrationBuilder.DropTable(
                name: "Entries",
                schema: "audit");
        }
    }
}
