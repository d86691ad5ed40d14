using System.Text.Json;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using ClientPermissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;

namespace Trygghet.Modules.Identity.OpenId;

/// <summary>The two kinds of client the portal has. An interactive application signs people in (authorization code,
/// PKCE always required, refresh tokens with offline_access); a partner system calls the partner API for its
/// organisation (client credentials, always confidential).</summary>
internal enum ClientKind
{
    Interactive = 0,
    PartnerSystem = 1,
}

/// <summary>A client as an administrator or a recipe describes it, turned into OpenIddict's permissions in one place
/// so the recipe and the back office cannot grant different things for the same description.</summary>
internal sealed record ClientDefinition(
    string ClientId,
    string DisplayName,
    ClientKind Kind,
    bool Confidential,
    IReadOnlyList<string> RedirectUris,
    IReadOnlyList<string> PostLogoutRedirectUris,
    IReadOnlyList<string> Scopes,
    string? Organisation)
{
    /// <summary>What is wrong with the definition, as (field, Swedish message); empty when it can be saved.</summary>
    public IEnumerable<(string Field, string Problem)> Problems()
    {
        if (string.IsNullOrWhiteSpace(ClientId) || ClientId.Length > 100 || ClientId.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            yield return ("clientId", "måste anges med högst 100 tecken: a–z, 0–9, '-', '_' och '.'");
        }

        if (string.IsNullOrWhiteSpace(DisplayName) || DisplayName.Length > 200)
        {
            yield return ("displayName", "måste anges och ha högst 200 tecken");
        }

        foreach (var scope in Scopes.Where(s => !OpenIdScopes.All.Contains(s, StringComparer.Ordinal)))
        {
            yield return ("scopes", $"nämner \"{scope}\", som servern inte känner (kända: {string.Join(", ", OpenIdScopes.All)})");
        }

        foreach (var uri in RedirectUris.Concat(PostLogoutRedirectUris).Where(u => !IsRedirectUri(u)))
        {
            yield return ("redirectUris", $"\"{uri}\" är ingen absolut https-adress (http bara för localhost) utan fragment");
        }

        if (Kind == ClientKind.Interactive)
        {
            if (RedirectUris.Count == 0)
            {
                yield return ("redirectUris", "måste ha minst en adress för en interaktiv applikation");
            }

            if (Scopes.Contains(OpenIdScopes.PartnerApi))
            {
                yield return ("scopes", $"\"{OpenIdScopes.PartnerApi}\" är bara för partnersystem");
            }
        }
        else
        {
            if (!Confidential)
            {
                yield return ("clientType", "ett partnersystem måste vara konfidentiellt (ha en hemlighet)");
            }

            if (string.IsNullOrWhiteSpace(Organisation) || Organisation.Length > 80)
            {
                yield return ("organisation", "måste anges för ett partnersystem (den ansvariga organisationens slug, högst 80 tecken)");
            }

            if (Scopes.Any(s => s != OpenIdScopes.PartnerApi))
            {
                yield return ("scopes", $"ett partnersystem får bara \"{OpenIdScopes.PartnerApi}\"");
            }
        }
    }

    /// <summary>Writes everything but the secret onto <paramref name="descriptor"/>; permissions and URIs are replaced.</summary>
    public void ApplyTo(OpenIddictApplicationDescriptor descriptor)
    {
        descriptor.ClientId = ClientId;
        descriptor.DisplayName = DisplayName;
        descriptor.ClientType = Confidential ? ClientTypes.Confidential : ClientTypes.Public;
        descriptor.ConsentType = ConsentTypes.Implicit;
        descriptor.RedirectUris.Clear();
        descriptor.PostLogoutRedirectUris.Clear();
        descriptor.Permissions.Clear();
        descriptor.Requirements.Clear();
        descriptor.Permissions.Add(ClientPermissions.Endpoints.Token);
        descriptor.Permissions.Add(ClientPermissions.Endpoints.Revocation);
        if (Kind == ClientKind.Interactive)
        {
            descriptor.RedirectUris.UnionWith(RedirectUris.Select(u => new Uri(u)));
            descriptor.PostLogoutRedirectUris.UnionWith(PostLogoutRedirectUris.Select(u => new Uri(u)));
            descriptor.Permissions.Add(ClientPermissions.Endpoints.Authorization);
            descriptor.Permissions.Add(ClientPermissions.GrantTypes.AuthorizationCode);
            descriptor.Permissions.Add(ClientPermissions.ResponseTypes.Code);
            if (Scopes.Contains(OpenIddictConstants.Scopes.OfflineAccess))
            {
                descriptor.Permissions.Add(ClientPermissions.GrantTypes.RefreshToken);
            }

            // PKCE for every interactive client, public or confidential (OAuth 2.1, RFC 9700).
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }
        else
        {
            descriptor.Permissions.Add(ClientPermissions.GrantTypes.ClientCredentials);
        }

        foreach (var scope in Scopes.Where(s => s != OpenIddictConstants.Scopes.OpenId))
        {
            descriptor.Permissions.Add(ClientPermissions.Prefixes.Scope + scope);
        }

        descriptor.Properties.Remove(ApplicationProperties.Organisation);
        if (Kind == ClientKind.PartnerSystem && !string.IsNullOrWhiteSpace(Organisation))
        {
            descriptor.Properties[ApplicationProperties.Organisation] = JsonSerializer.SerializeToElement(Organisation.Trim());
        }
    }

    /// <summary>Reads a stored client back (the edit form).</summary>
    public static ClientDefinition From(OpenIddictApplicationDescriptor descriptor)
    {
        var organisation = descriptor.Properties.TryGetValue(ApplicationProperties.Organisation, out var value) ? value.GetString() : null;
        var scopes = descriptor.Permissions.Where(p => p.StartsWith(ClientPermissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[ClientPermissions.Prefixes.Scope.Length..]).ToList();
        var kind = descriptor.Permissions.Contains(ClientPermissions.GrantTypes.ClientCredentials) ? ClientKind.PartnerSystem : ClientKind.Interactive;
        if (kind == ClientKind.Interactive)
        {
            scopes.Insert(0, OpenIddictConstants.Scopes.OpenId);
        }

        return new ClientDefinition(
            descriptor.ClientId ?? string.Empty,
            descriptor.DisplayName ?? string.Empty,
            kind,
            descriptor.ClientType == ClientTypes.Confidential,
            [.. descriptor.RedirectUris.Select(u => u.OriginalString)],
            [.. descriptor.PostLogoutRedirectUris.Select(u => u.OriginalString)],
            scopes,
            organisation);
    }

    private static bool IsRedirectUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.Fragment)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
