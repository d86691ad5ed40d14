using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Trygghet.Portal.Testing;

/// <summary>The portal in-process over real HTTP (WebApplicationFactory), on its own database, migrated by the
/// portal's own start-up and, when a recipe is given, set up unattended exactly as Setup__Recipe would.
/// Settings go through UseSetting, never process-wide environment variables, so tests run in parallel.</summary>
public sealed class PortalApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@example.se";

    /// <summary>A passphrase: long, not in the common-password list, no composition rules needed.</summary>
    public const string AdminPassword = "korrekt häst batteri häftstift";

    private readonly IReadOnlyDictionary<string, string?> _settings;

    private PortalApp(TestDatabase database, IReadOnlyDictionary<string, string?> settings)
    {
        Database = database;
        _settings = settings;
    }

    public TestDatabase Database { get; }

    public LogSink Logs { get; } = new();

    /// <summary>Starts the portal; with a <paramref name="recipe"/> the site is set up with the test administrator.</summary>
    public static async Task<PortalApp> StartAsync(string provider = TestProvider.Sqlite, string? recipe = "demo", IDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["App:DataPath"] = database.DataPath,
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Portal"] = database.ConnectionString,
        };
        if (recipe is not null)
        {
            all["Setup:Recipe"] = recipe;
            all["Setup:AdminEmail"] = AdminEmail;
            all["Setup:AdminPassword"] = AdminPassword;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = new PortalApp(database, all);
        try
        {
            _ = app.Server; // starts the host: migrations and unattended setup run before this returns
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A client signed in as the set-up administrator.</summary>
    public async Task<PortalClient> CreateAdminClientAsync()
    {
        var client = CreatePortalClient();
        await client.SignInAsync(AdminEmail, AdminPassword);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            if (value is not null)
            {
                builder.UseSetting(key, value);
            }
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
