using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Trygghet.Portal.Core.Data;

/// <summary>Which database the site uses, read once from configuration at start-up:
/// Database:Provider (Sqlite or Postgres), ConnectionStrings:Portal, App:DataPath.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{providerName}'; use 'Sqlite' (default) or 'Postgres'.");
        }

        var configured = configuration.GetConnectionString("Portal");
        if (provider == DatabaseProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Portal is empty.")
                : new DatabaseSettings(provider, configured);
        }

        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new DatabaseSettings(provider, configured);
        }

        var dataPath = DataPath(configuration, contentRoot);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataPath, "portal.db"),
            // Microsoft.Data.Sqlite retries a busy database until the command timeout runs out:
            // this is the busy timeout that keeps concurrent writes from failing with "database is locked".
            DefaultTimeout = 30,
            Pooling = true,
        };
        return new DatabaseSettings(provider, builder.ToString());
    }

    /// <summary>App:DataPath, default App_Data under the content root (see <see cref="DataPaths"/>).</summary>
    public static string DataPath(IConfiguration configuration, string contentRoot) =>
        DataPaths.FromConfiguration(configuration, contentRoot).Root;
}
