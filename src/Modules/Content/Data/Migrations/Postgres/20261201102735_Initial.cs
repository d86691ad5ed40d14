using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.Content.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "content");

            migrationBuilder.CreateTable(
                name: "Items",
                schema: "content",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LatestVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    LatestNumber = table.Column<int>(type: "integer", nullable: false),
                    PublishedVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    FirstPublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ScheduledPublishUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ScheduledUnpublishUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ArchivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlugRedirects",
                schema: "content",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OldSlug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlugRedirects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlugRedirects_Items_ItemId",
                        column: x => x.ItemId,
                        principalSchema: "content",
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Versions",
                schema: "content",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Lead = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    Body = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    Areas = table.Column<List<string>>(type: "text[]", nullable: false),
                    MeasureSlugs = table.Column<List<string>>(type: "text[]", nullable: false),
                    PromiseSlugs = table.Column<List<string>>(type: "text[]", nullable: false),
                    MeetingIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Classification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ImageUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ImageAlt = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SavedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Versions_Items_ItemId",
                        column: x => x.ItemId,
                        principalSchema: "content",
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Items_Kind_FirstPublishedUtc",
                schema: "content",
                table: "Items",
                columns: new[] { "Kind", "FirstPublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_ScheduledPublishUtc",
                schema: "content",
                table: "Items",
                column: "ScheduledPublishUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Items_ScheduledUnpublishUtc",
                schema: "content",
                table: "Items",
                column: "ScheduledUnpublishUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Items_Slug",
                schema: "content",
                table: "Items",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SlugRedirects_ItemId",
                schema: "content",
                table: "SlugRedirects",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SlugRedirects_OldSlug",
                schema: "content",
                table: "SlugRedirects",
                column: "OldSlug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Versions_ItemId_Number",
                schema: "content",
                table: "Versions",
                columns: new[] { "ItemId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SlugRedirects",
                schema: "content");

            migrationBuilder.DropTable(
                name: "Versions",
                schema: "content");

            migrationBuilder.DropTable(
                name: "Items",
                schema: "content");
        }
    }
}
