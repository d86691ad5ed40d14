using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trygghet.Modules.Notifications.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notifications_Messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", nullable: true),
                    UnsubscribeUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_Messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_Removals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_Removals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_Subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConfirmTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConfirmExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_Subscriptions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Messages_State_NextAttemptUtc",
                table: "notifications_Messages",
                columns: new[] { "State", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Messages_To",
                table: "notifications_Messages",
                column: "To");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Removals_TokenHash",
                table: "notifications_Removals",
                column: "TokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Subscriptions_ConfirmTokenHash",
                table: "notifications_Subscriptions",
                column: "ConfirmTokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Subscriptions_Email_Topic",
                table: "notifications_Subscriptions",
                columns: new[] { "Email", "Topic" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Subscriptions_Topic",
                table: "notifications_Subscriptions",
                column: "Topic");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications_Messages");

            migrationBuilder.DropTable(
                name: "notifications_Removals");

            migrationBuilder.DropTable(
                name: "notifications_Subscriptions");
        }
    }
}
