using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.Content.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_Items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LatestVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LatestNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstPublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ScheduledPublishUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScheduledUnpublishUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ArchivedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_Items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_SlugRedirects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OldSlug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_SlugRedirects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_content_SlugRedirects_content_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "content_Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "content_Versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Lead = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    Areas = table.Column<string>(type: "TEXT", nullable: false),
                    MeasureSlugs = table.Column<string>(type: "TEXT", nullable: false),
                    PromiseSlugs = table.Column<string>(type: "TEXT", nullable: false),
                    MeetingIds = table.Column<string>(type: "TEXT", nullable: false),
                    Classification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ImageUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ImageAlt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SavedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_Versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_content_Versions_content_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "content_Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_content_Items_Kind_FirstPublishedUtc",
                table: "content_Items",
                columns: new[] { "Kind", "FirstPublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_content_Items_ScheduledPublishUtc",
                table: "content_Items",
                column: "ScheduledPublishUtc");

            migrationBuilder.CreateIndex(
                name: "IX_content_Items_ScheduledUnpublishUtc",
                table: "content_Items",
                column: "ScheduledUnpublishUtc");

            migrationBuilder.CreateIndex(
                name: "IX_content_Items_Slug",
                table: "content_Items",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_SlugRedirects_ItemId",
                table: "content_SlugRedirects",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_content_SlugRedirects_OldSlug",
                table: "content_SlugRedirects",
                column: "OldSlug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_Versions_ItemId_Number",
                table: "content_Versions",
                columns: new[] { "ItemId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "content_SlugRedirects");

            migrationBuilder.DropTable(
                name: "content_Versions");

            migrationBuilder.DropTable(
                name: "content_Items");
        }
    }
}
