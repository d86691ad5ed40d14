using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.Audit.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_Entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RemoteAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_Entries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_Entries_Category_OccurredUtc",
                table: "audit_Entries",
                columns: new[] { "Category", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_Entries_OccurredUtc",
                table: "audit_Entries",
                column: "OccurredUtc");

            // Append-only in the database too (docs/adr/0013): bulk statements and other tools bypass the context.
            migrationBuilder.Sql("CREATE TRIGGER audit_Entries_no_update BEFORE UPDATE ON audit_Entries BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_Entries_no_delete BEFORE DELETE ON audit_Entries BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_Entries_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_Entries_no_update;");
            migrationBuilder.DropTable(
                name: "audit_Entries");
        }
    }
}
