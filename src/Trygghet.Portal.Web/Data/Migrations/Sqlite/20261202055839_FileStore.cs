using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FileStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "files_StoredFiles",
                columns: table => new
                {
                    Path = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    StoredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_files_StoredFiles", x => x.Path);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "files_StoredFiles");
        }
    }
}
