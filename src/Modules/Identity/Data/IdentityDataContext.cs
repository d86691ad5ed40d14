using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Identity.Data;

internal class IdentityDataContext(DbContextOptions options) : IdentityDbContext<PortalUser, PortalRole, string>(options)
{
    public const string Schema = "identity";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
        });
        builder.Entity<PortalRole>(role => role.Property(r => r.Description).HasMaxLength(500));

        // OpenIddict's applications, authorizations, scopes and tokens, in Identity's schema.
        builder.UseOpenIddict();
        builder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}

/// <summary>Owns the SQLite migrations (Data/Migrations/Sqlite).</summary>
internal sealed class SqliteIdentityDataContext(DbContextOptions<SqliteIdentityDataContext> options) : IdentityDataContext(options);

/// <summary>Owns the PostgreSQL migrations (Data/Migrations/Postgres).</summary>
internal sealed class PostgresIdentityDataContext(DbContextOptions<PostgresIdentityDataContext> options) : IdentityDataContext(options);
