using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Trygghet.Portal.Testing;

/// <summary>The portal in-process over real HTTP (WebApplicationFactory), on its own database, migrated by the
/// portal's own start-up and, when a recipe is given, set up unattended exactly as Setup__Recipe would.
/// Settings go through UseSetting, never process-wide environment variables, so tests run in parallel.</summary>
public sealed class PortalApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@example.se";

    /// <summary>The instant the test portal's clock starts at unless a test chooses another: the morning of the day the
    /// demo recipe is written for (its "datesWrittenFor"), so the demo is set up exactly as written, in any year.</summary>
    public static readonly DateTimeOffset DemoDay = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A passphrase: long, not in the common-password list, no composition rules needed.</summary>
    public const string AdminPassword = "korrekt häst batteri häftstift";

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly TimeProvider _clock;
    private readonly string? _contentRoot;
    private Uri? _serverAddress;
    private TotpAuthenticator? _authenticator;

    private PortalApp(TestDatabase database, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services, TimeProvider clock, string? contentRoot)
    {
        Database = database;
        _settings = settings;
        _services = services;
        _clock = clock;
        _contentRoot = contentRoot;
    }

    /// <summary>The clock the portal reads (everything in it reads this one <see cref="TimeProvider"/>): by default a
    /// <see cref="TestClock"/> started at <see cref="DemoDay"/>; a test's own when it passed one.</summary>
    public TimeProvider Clock => Services.GetRequiredService<TimeProvider>();

    /// <summary>The portal's date in Swedish time, as its pages see it.</summary>
    public DateOnly Today => Trygghet.Portal.Core.Time.SwedishTime.Today(Clock);

    public TestDatabase Database { get; }

    public LogSink Logs { get; } = new();

    /// <summary>Two-factor sign-in is on, as shipped: the TOTP keys the test's people enrolled, on the portal's clock.</summary>
    public TotpAuthenticator Authenticator => _authenticator ??= new TotpAuthenticator(() => Services.GetRequiredService<TimeProvider>());

    /// <summary>Where a real client (a browser) reaches the portal: http://127.0.0.1:{port}/. Only when started with
    /// <c>kestrel: true</c>; the in-memory TestServer has no address outside the process.</summary>
    public Uri ServerAddress => _serverAddress ?? throw new InvalidOperationException("The portal was started without kestrel: true; it has no TCP address.");

    /// <summary>Starts the portal; with a <paramref name="recipe"/> the site is set up with the test administrator.
    /// With <paramref name="kestrel"/> it is served by Kestrel on a free port of 127.0.0.1 (see <see cref="ServerAddress"/>)
    /// instead of the in-memory TestServer, so that a browser can reach it.</summary>
    /// <param name="services">Replaces services after the portal registered its own (e.g. a recording audit trail).</param>
    /// <param name="clock">The portal's clock; by default a <see cref="TestClock"/> from <see cref="DemoDay"/>.</param>
    /// <param name="contentRoot">Another content root than the web project's folder, e.g. a temporary folder for a test
    /// that runs the shipped relative App:DataPath (a setting of null removes this class's absolute one).</param>
    public static async Task<PortalApp> StartAsync(string provider = TestProvider.Sqlite, string? recipe = "demo", IDictionary<string, string?>? settings = null, bool kestrel = false, Action<IServiceCollection>? services = null, TimeProvider? clock = null, string? contentRoot = null)
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

        var app = new PortalApp(database, all, services, clock ?? new TestClock(DemoDay), contentRoot);
        try
        {
            // Either way the host starts here: migrations and unattended setup run before this returns.
            if (kestrel)
            {
                // Loopback only, port chosen by the OS: nothing outside this machine can reach the test portal.
                app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
                app.StartServer();
                app._serverAddress = app.BoundAddress();
            }
            else
            {
                _ = app.Server;
            }
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    private Uri BoundAddress()
    {
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.SingleOrDefault() ?? throw new InvalidOperationException("Kestrel reported no bound address.");
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <summary>Where a visitor reaches the in-process portal: its App:PublicBaseUrl when the test sets one (the portal
    /// answers other hosts 400, as shipped), otherwise http://localhost/.</summary>
    public Uri PublicAddress =>
        _settings.TryGetValue("App:PublicBaseUrl", out var origin) && !string.IsNullOrEmpty(origin)
            ? new Uri(origin.TrimEnd('/') + "/")
            : new Uri("http://localhost/");

    public PortalClient CreatePortalClient()
    {
        // Over Kestrel the client goes to the bound port (the factory's default would be port 80); in memory, to the
        // public address, which host filtering requires.
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = _serverAddress ?? PublicAddress };

        return new(CreateClient(options), Authenticator);
    }

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
        if (_contentRoot is not null)
        {
            builder.UseContentRoot(_contentRoot);
        }

        foreach (var (key, value) in _settings)
        {
            if (value is not null)
            {
                builder.UseSetting(key, value);
            }
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        // First, so a test's own services hook can still replace the clock.
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(_clock)));
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
