using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Files;
using Trygghet.Portal.Core.Modules;
using Trygghet.Portal.Web.Files;

namespace Trygghet.Portal.Web.Hosting;

/// <summary>Files:Store chooses the <see cref="IFileStore"/>: Folder (default; App:DataPath, or Files:Path) or
/// Database (PostgreSQL only; its own schema "files", migrated like a module's).</summary>
internal static class FileStoreHostingExtensions
{
    public static WebApplicationBuilder AddPortalFileStore(this WebApplicationBuilder builder, DatabaseSettings database)
    {
        var store = builder.Configuration["Files:Store"] ?? "Folder";
        if (string.Equals(store, "Database", StringComparison.OrdinalIgnoreCase))
        {
            if (database.Provider != DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Files:Store=Database needs Database:Provider=Postgres; SQLite keeps files in a folder.");
            }

            builder.Services.AddModuleDbContext<FilesDbContext, SqliteFilesDbContext, PostgresFilesDbContext>(
                new ModuleContext(builder.Configuration, database, "Files"), FilesDbContext.Schema);
            builder.Services.AddScoped<IFileStore, DatabaseFileStore>();
            return builder;
        }

        if (!string.Equals(store, "Folder", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Files:Store is '{store}'; use 'Folder' (default) or 'Database'.");
        }

        var root = builder.Configuration["Files:Path"] is { Length: > 0 } path
            ? Path.GetFullPath(path, builder.Environment.ContentRootPath)
            : DatabaseSettings.DataPath(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton<IFileStore>(new FolderFileStore(root));
        return builder;
    }
}
