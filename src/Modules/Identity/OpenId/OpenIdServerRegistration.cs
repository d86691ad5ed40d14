using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Trygghet.Modules.Identity.Data;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Modules;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Trygghet.Modules.Identity.OpenId;

/// <summary>OpenIddict: the server (authorization code with PKCE, client credentials, rotating refresh tokens,
/// revocation, discovery), its EF Core stores in Identity's context, and validation of its own tokens for the
/// portal's APIs. Every access token is checked against its database entry and its authorization on each
/// request, so a revoked token or authorization stops working at once.</summary>
internal static class OpenIdServerRegistration
{
    public const string AuthorizePath = "connect/authorize";
    public const string TokenPath = "connect/token";
    public const string RevokePath = "connect/revoke";
    public const string UserInfoPath = "connect/userinfo";

    public static void AddPortalOpenIdServer(this IServiceCollection services, ModuleContext context)
    {
        var settings = OpenIdSettings.From(context.Configuration);
        services.AddSingleton(settings);
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDataContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(AuthorizePath)
                    .SetTokenEndpointUris(TokenPath)
                    .SetRevocationEndpointUris(RevokePath)
                    .SetUserInfoEndpointUris(UserInfoPath);
                // S256 only: "plain" would hand the verifier to anyone who sees the authorization request.
                server.Configure(options =>
                {
                    options.CodeChallengeMethods.Clear();
                    options.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
                });
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                // Rotation: every refresh gives a new refresh token and marks the old one redeemed. OpenIddict's
                // default leeway lets a redeemed token be used again for 30 s; none here, so a replay is refused at once.
                server.SetRefreshTokenReuseLeeway(null);
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime);
                server.RegisterScopes([.. OpenIdScopes.All]);
                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
                if (settings.AllowInsecureHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
                validation.EnableTokenEntryValidation();
                validation.EnableAuthorizationEntryValidation();
            });

        // Certificates need App:DataPath (relative to the content root) and the environment, known only to the host.
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(sp =>
            new ConfigureCertificates(settings, sp.GetRequiredService<DataPaths>(), sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<TimeProvider>()));
        // Built when the host starts, not on the first request: a production site without its certificates must refuse
        // to start with the reason, rather than answer every request (OpenIddict sees them all) with a 500.
        services.AddOptions<OpenIddictServerOptions>().ValidateOnStart();
        services.AddSingleton<TokenPruning>();
        services.AddHostedService(sp => sp.GetRequiredService<TokenPruning>());
        services.AddScoped<PortalClaims>();
    }

    private sealed class ConfigureCertificates(OpenIdSettings settings, DataPaths data, IHostEnvironment environment, TimeProvider clock)
        : IConfigureOptions<OpenIddictServerOptions>
    {
        public void Configure(OpenIddictServerOptions options)
        {
            var dataPath = data.Root;
            var required = settings.RequireConfiguredCertificates || environment.IsProduction();
            var signing = OpenIdCertificates.Load(settings.SigningCertificate, dataPath, "signing", required, clock);
            var encryption = OpenIdCertificates.Load(settings.EncryptionCertificate, dataPath, "encryption", required, clock);
            options.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(signing), SecurityAlgorithms.RsaSha256));
            options.EncryptionCredentials.Add(new EncryptingCredentials(new X509SecurityKey(encryption),
                SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        }
    }
}
