using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Trygghet.Modules.Identity.Tests.External;

/// <summary>The municipality's identity provider, played by a second OpenIddict server in the test process: Kestrel
/// on a free loopback port, ephemeral keys, its own SQLite file, one confidential client (the portal) that must use
/// PKCE. Whoever <see cref="NextPerson"/> names is signed in at once (no login page, consent implied), so a test
/// decides who "logs in at the municipality". Every authorization request is kept for the test to inspect.</summary>
internal sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "trygghetsportalen";
    public const string ClientSecret = "kommunens-testhemlighet-som-ar-lang-nog-42";

    private readonly WebApplication _app;
    private readonly string _directory;

    private TestIdentityProvider(WebApplication app, string directory, Uri issuer)
    {
        _app = app;
        _directory = directory;
        Issuer = issuer;
    }

    public Uri Issuer { get; }

    /// <summary>Who signs in at the provider next.</summary>
    public ProviderPerson NextPerson { get; set; } = new("sub-1", "personal@kommun.example.se");

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> AuthorizationRequests { get; } = new();

    /// <summary>The portal's settings that point its OpenIddict client at this provider.</summary>
    public Dictionary<string, string?> PortalSettings() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Modules:Identity:ExternalProvider:Issuer"] = Issuer.AbsoluteUri,
        ["Modules:Identity:ExternalProvider:ClientId"] = ClientId,
        ["Modules:Identity:ExternalProvider:ClientSecret"] = ClientSecret,
        ["Modules:Identity:ExternalProvider:DisplayName"] = "Kommunens konto",
    };

    public static async Task<TestIdentityProvider> StartAsync(string portalRedirectUri)
    {
        var directory = Path.Combine(Path.GetTempPath(), "trygghet-idp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = directory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddDbContext<ProviderDb>(o => o.UseSqlite($"Data Source={Path.Combine(directory, "idp.db")};Pooling=False").UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                server.RegisterScopes(Scopes.Email, Scopes.Profile);
                // Loopback HTTP in the test only; the portal talks to it from the same process.
                server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        TestIdentityProvider? self = null;
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()!;
            self!.AuthorizationRequests.Enqueue(request.GetParameters().ToDictionary(p => p.Key, p => p.Value.ToString() ?? string.Empty));
            var person = self.NextPerson;
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, person.Subject)
                .SetClaim(Claims.Email, person.Email)
                .SetClaim(Claims.Name, person.Email);
            identity.AddClaim(new Claim(Claims.EmailVerified, person.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean));
            identity.SetClaims(Claims.AuthenticationMethodReference, [.. person.Amr]);
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapPost("/connect/token", async (HttpContext http) =>
        {
            var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return Results.SignIn(code.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
            await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = ClientId,
                ClientSecret = ClientSecret,
                ClientType = ClientTypes.Confidential,
                RedirectUris = { new Uri(portalRedirectUri) },
                Permissions =
                {
                    OpenIddictConstants.Permissions.Endpoints.Authorization, OpenIddictConstants.Permissions.Endpoints.Token,
                    OpenIddictConstants.Permissions.GrantTypes.AuthorizationCode, OpenIddictConstants.Permissions.ResponseTypes.Code,
                    OpenIddictConstants.Permissions.Scopes.Email, OpenIddictConstants.Permissions.Scopes.Profile,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            });
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        self = new TestIdentityProvider(app, directory, new Uri(address.TrimEnd('/') + "/"));
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by SQLite; the temp folder is cleaned up later.
        }
    }

    private sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
}

/// <summary>A person at the provider: subject, e-mail, whether the address is verified, how they authenticated.</summary>
internal sealed record ProviderPerson(string Subject, string Email, bool EmailVerified = true, params string[] Amr)
{
    public string[] Amr { get; init; } = Amr.Length > 0 ? Amr : ["pwd"];
}
