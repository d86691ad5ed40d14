using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Portal.Web.Files;

/// <summary>The files of the database file store (Files:Store=Database), in a schema of their own so that a backup
/// can treat them apart. Only the table's shape lives here: <see cref="DatabaseFileStore"/> streams the content
/// with plain commands on the scope's connection.</summary>
internal class FilesDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "files";

    public DbSet<StoredFile> Files => Set<StoredFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredFile>(file =>
        {
            file.ToTable("StoredFiles");
            file.HasKey(f => f.Path);
            file.Property(f => f.Path).HasMaxLength(400);
        });
        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}

internal sealed class StoredFile
{
    public string Path { get; set; } = string.Empty;

    public byte[] Content { get; set; } = [];

    public DateTimeOffset StoredAt { get; set; }
}

internal sealed class SqliteFilesDbContext(DbContextOptions<SqliteFilesDbContext> options) : FilesDbContext(options);

internal sealed class PostgresFilesDbContext(DbContextOptions<PostgresFilesDbContext> options) : FilesDbContext(options);

internal sealed class SqliteFilesDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFilesDbContext>
{
    public SqliteFilesDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteFilesDbContext>(FilesDbContext.Schema));
}

internal sealed class PostgresFilesDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFilesDbContext>
{
    public PostgresFilesDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresFilesDbContext>(FilesDbContext.Schema));
}
