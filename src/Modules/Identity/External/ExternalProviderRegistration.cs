using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Client;
using Trygghet.Modules.Identity.OpenId;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Modules;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Trygghet.Modules.Identity.External;

/// <summary>The OpenIddict client for staff sign-in through the municipality's OpenID Connect provider:
/// authorization code with PKCE (S256), answer by query to /signin-oidc, the client secret from configuration.
/// Registered only when <see cref="ExternalProviderSettings.IsConfigured"/>: a site without it starts exactly as before.</summary>
internal static class ExternalProviderRegistration
{
    public static void AddPortalExternalProvider(this IServiceCollection services, ModuleContext context)
    {
        var settings = ExternalProviderSettings.From(context.Configuration);
        services.AddSingleton(settings);
        if (!settings.IsConfigured)
        {
            return;
        }

        var openId = OpenIdSettings.From(context.Configuration);
        services.AddOpenIddict().AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow();
            client.SetRedirectionEndpointUris(ExternalProviderSettings.RedirectionPath);
            // The portal's own endpoint reads the result (link, refusal, audit); errors too, so that a tampered or
            // replayed answer gets the same Swedish refusal and an audit line instead of OpenIddict's bare 400.
            var aspNetCore = client.UseAspNetCore()
                .EnableRedirectionEndpointPassthrough()
                .EnableErrorPassthrough();
            if (openId.AllowInsecureHttp)
            {
                aspNetCore.DisableTransportSecurityRequirement();
            }

            client.UseSystemNetHttp().SetProductInformation(typeof(ExternalProviderRegistration).Assembly);
            var registration = new OpenIddictClientRegistration
            {
                Issuer = new Uri(settings.Issuer!, UriKind.Absolute),
                ProviderName = ExternalProviderSettings.ProviderName,
                ProviderDisplayName = settings.DisplayName,
                ClientId = settings.ClientId,
                ClientSecret = string.IsNullOrEmpty(settings.ClientSecret) ? null : settings.ClientSecret,
                RedirectUri = new Uri(ExternalProviderSettings.RedirectionPath, UriKind.Relative),
            };
            registration.Scopes.UnionWith(settings.EffectiveScopes);
            // Code flow only, answered in the query (no form_post: the cookies binding the answer to this browser
            // are SameSite=Lax and would not come with a cross-site POST), PKCE with S256 only.
            registration.ResponseTypes.Add(ResponseTypes.Code);
            registration.ResponseModes.Add(ResponseModes.Query);
            registration.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
            client.AddRegistration(registration);
        });

        // The client protects its state tokens with the server's certificates, so a sign-in started on one node
        // (or before a restart) completes on another.
        services.AddSingleton<IConfigureOptions<OpenIddictClientOptions>>(sp =>
            new ConfigureClientCertificates(openId, sp.GetRequiredService<DataPaths>(), sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<TimeProvider>()));
    }

    private sealed class ConfigureClientCertificates(OpenIdSettings settings, DataPaths data, IHostEnvironment environment, TimeProvider clock)
        : IConfigureOptions<OpenIddictClientOptions>
    {
        public void Configure(OpenIddictClientOptions options)
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
