using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Portal.Web.Site;

/// <summary>The host's own small schema: the site's set-up state and the Data Protection key ring every node shares
/// (docs/adr/0025).</summary>
internal class SiteDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public const string Schema = "site";

    public DbSet<SiteState> Sites => Set<SiteState>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SiteState>(site =>
        {
            site.ToTable("SiteState");
            site.HasKey(s => s.Id);
            site.Property(s => s.Id).ValueGeneratedNever();
            site.Property(s => s.SiteName).HasMaxLength(200);
            site.Property(s => s.Organisation).HasMaxLength(200);
            site.Property(s => s.ContactEmail).HasMaxLength(256);
            site.Property(s => s.RecipeName).HasMaxLength(64);
            site.PrimitiveCollection(s => s.DisabledModules);
        });
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
        modelBuilder.UseVersionTokens();
        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}

internal sealed class SqliteSiteDbContext(DbContextOptions<SqliteSiteDbContext> options) : SiteDbContext(options);

internal sealed class PostgresSiteDbContext(DbContextOptions<PostgresSiteDbContext> options) : SiteDbContext(options);

internal sealed class SqliteSiteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSiteDbContext>
{
    public SqliteSiteDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteSiteDbContext>(SiteDbContext.Schema));
}

internal sealed class PostgresSiteDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSiteDbContext>
{
    public PostgresSiteDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresSiteDbContext>(SiteDbContext.Schema));
}
