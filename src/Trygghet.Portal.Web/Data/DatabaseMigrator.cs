using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Web.Setup;
using Trygghet.Portal.Web.Site;

namespace Trygghet.Portal.Web.Data;

/// <summary>Applies every module's migrations at start-up (never EnsureCreated), then runs an unattended
/// setup when Setup:Recipe, Setup:AdminEmail and Setup:AdminPassword are configured. Start-up waits for it,
/// so the first request already meets a migrated (and possibly set-up) site.</summary>
/// <remarks>Program calls <see cref="Begin"/> right after building the app, so that this work runs on the thread
/// pool while the main thread maps the endpoints (discovering the Razor Pages of every module takes about as long
/// as the migrations on a 2-CPU host); <see cref="StartAsync"/> then only waits for it.</remarks>
internal sealed partial class DatabaseMigrator(
    IServiceScopeFactory scopes,
    ModuleDatabases databases,
    DatabaseSettings settings,
    SiteService site,
    SetupService setup,
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    private readonly Lock _beginLock = new();
    private Task? _work;

    /// <summary>Starts migrating and setting up, once; later calls return the same task.</summary>
    public Task Begin()
    {
        lock (_beginLock)
        {
            return _work ??= Task.Run(() => RunAsync(lifetime.ApplicationStopping));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Begin().WaitAsync(cancellationToken);

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await PrepareSqliteAsync(cancellationToken);
        }

        // One node at a time, migrations and setup together: the next node finds both done.
        await using var migrationLock = await MigrationLock.AcquireAsync(settings, cancellationToken);
        await using (var scope = scopes.CreateAsyncScope())
        {
            foreach (var database in databases.All)
            {
                var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
                // On a new PostgreSQL database EF Core first reads a history table that does not exist yet and
                // logs that as an error (npgsql/efcore.pg#3407). Creating the table first keeps the log honest.
                await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
                // Migrate also diffs the last migration's snapshot against the model (PendingModelChangesWarning),
                // about 0.4 s over all contexts at every start. Nothing is applied when nothing is pending, and
                // the architecture test DataRules.MigrationsAreCurrent guards against a forgotten migration.
                if ((await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                {
                    await context.Database.MigrateAsync(cancellationToken);
                    LogMigrated(logger, database.ModuleName);
                }

                // Building the model here, in parallel with the endpoint mapping, spares the first requests.
                _ = context.Model;
            }
        }

        await site.ReloadAsync(cancellationToken);
        await RunUnattendedSetupAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PrepareSqliteAsync(CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
        if (Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // WAL lets readers and one writer work at once; it is a property of the file, set once.
        await using var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task RunUnattendedSetupAsync(CancellationToken cancellationToken)
    {
        var recipe = configuration["Setup:Recipe"];
        if (string.IsNullOrWhiteSpace(recipe) || site.IsSetUp)
        {
            return;
        }

        var result = await setup.RunAsync(
            recipe,
            configuration["Setup:AdminEmail"] ?? string.Empty,
            configuration["Setup:AdminPassword"] ?? string.Empty,
            cancellationToken);
        if (!result.Succeeded)
        {
            // A configured setup that cannot run must stop the start, not leave an empty site behind.
            throw new InvalidOperationException("Unattended setup failed: " + string.Join(" ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        }

        LogSetUp(logger, recipe);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of module {Module} is migrated")]
    private static partial void LogMigrated(ILogger logger, string module);

    [LoggerMessage(Level = LogLevel.Information, Message = "Site set up unattended from recipe {Recipe}")]
    private static partial void LogSetUp(ILogger logger, string recipe);
}
