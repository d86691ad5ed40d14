using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.Partners.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partners_Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ResponsibleBodySlug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "partners_Spaces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ForumSlug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_Spaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "partners_Documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_Documents_partners_Spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "partners_Spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partners_Invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TimesSent = table.Column<int>(type: "INTEGER", nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_Invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_Invitations_partners_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "partners_Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_partners_Invitations_partners_Spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "partners_Spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partners_Members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_Members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_Members_partners_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "partners_Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_partners_Members_partners_Spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "partners_Spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partners_ReportBacks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureSlug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    MeasureTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_ReportBacks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_ReportBacks_partners_Spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "partners_Spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partners_Threads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastPostUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_Threads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_Threads_partners_Spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalTable: "partners_Spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partners_Posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThreadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PostedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners_Posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_Posts_partners_Threads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "partners_Threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_partners_Documents_SpaceId",
                table: "partners_Documents",
                column: "SpaceId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_Invitations_CreatedUtc",
                table: "partners_Invitations",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_partners_Invitations_OrganisationId",
                table: "partners_Invitations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_Invitations_SpaceId",
                table: "partners_Invitations",
                column: "SpaceId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_Invitations_TokenHash",
                table: "partners_Invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_partners_Members_OrganisationId",
                table: "partners_Members",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_Members_SpaceId",
                table: "partners_Members",
                column: "SpaceId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_Members_UserId_SpaceId",
                table: "partners_Members",
                columns: new[] { "UserId", "SpaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_Organisations_Name",
                table: "partners_Organisations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_partners_Posts_ThreadId_PostedUtc",
                table: "partners_Posts",
                columns: new[] { "ThreadId", "PostedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_ReportBacks_SpaceId_ReportedUtc",
                table: "partners_ReportBacks",
                columns: new[] { "SpaceId", "ReportedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_partners_Spaces_Slug",
                table: "partners_Spaces",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_partners_Threads_SpaceId_LastPostUtc",
                table: "partners_Threads",
                columns: new[] { "SpaceId", "LastPostUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "partners_Documents");

            migrationBuilder.DropTable(
                name: "partners_Invitations");

            migrationBuilder.DropTable(
                name: "partners_Members");

            migrationBuilder.DropTable(
                name: "partners_Posts");

            migrationBuilder.DropTable(
                name: "partners_ReportBacks");

            migrationBuilder.DropTable(
                name: "partners_Organisations");

            migrationBuilder.DropTable(
                name: "partners_Threads");

            migrationBuilder.DropTable(
                name: "partners_Spaces");
        }
    }
}
