using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Trygghet.Modules.Identity.OpenId;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>The OpenID Connect server over real HTTP: discovery, authorization code with PKCE, the refusals the
/// issue names, client credentials, refresh rotation, revocation and pruning.</summary>
public sealed class OpenIdServerTests(OidcSite site) : IClassFixture<OidcSite>
{
    [Fact]
    public async Task Discovery_DescribesTheEndpointsGrantsAndScopes_S256Only()
    {
        using var client = site.App.CreateHttpsClient();

        var response = await client.Http.GetAsync("/.well-known/openid-configuration");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.JsonAsync();
        Assert.Equal("https://localhost/", document.GetProperty("issuer").GetString());
        Assert.Equal("https://localhost/connect/authorize", document.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("https://localhost/connect/token", document.GetProperty("token_endpoint").GetString());
        Assert.Equal("https://localhost/connect/revoke", document.GetProperty("revocation_endpoint").GetString());
        Assert.Equal(["S256"], Strings(document, "code_challenge_methods_supported"));
        Assert.Subset(Strings(document, "grant_types_supported").ToHashSet(), new HashSet<string> { "authorization_code", "client_credentials", "refresh_token" });
        Assert.Subset(Strings(document, "scopes_supported").ToHashSet(), new HashSet<string> { "openid", "profile", "email", "offline_access", "partner.api" });
        var keys = await client.Http.GetAsync(new Uri(document.GetProperty("jwks_uri").GetString()!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, keys.StatusCode);
    }

    [Fact]
    public async Task CodeWithPkce_SignInAuthorizeExchange_TheAccessTokenOpensUserInfo()
    {
        using var client = site.App.CreateHttpsClient();

        var token = await client.CodeFlowAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);
        var userInfo = await client.GetWithTokenAsync("/connect/userinfo", token.GetProperty("access_token").GetString()!);

        Assert.False(string.IsNullOrEmpty(token.GetProperty("id_token").GetString()));
        Assert.False(string.IsNullOrEmpty(token.GetProperty("refresh_token").GetString()));
        Assert.Equal(HttpStatusCode.OK, userInfo.StatusCode);
        var claims = await userInfo.JsonAsync();
        Assert.Equal(PortalApp.AdminEmail, claims.GetProperty("email").GetString());
        Assert.Contains("Administratör", claims.GetProperty("role").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task AuthorizationRequest_WithoutPkce_IsRefusedWithAClearError()
    {
        using var client = site.App.CreateHttpsClient();
        await client.SignInAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);

        var response = await client.Http.GetAsync(OidcHttp.AuthorizeUrl(challenge: null));

        // Refused before any redirect: no code ever leaves the server.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("error:invalid_request", body, StringComparison.Ordinal);
        Assert.Contains("The mandatory 'code_challenge' parameter is missing.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthorizationRequest_WithAnUnregisteredRedirectUri_IsRefusedWithoutRedirecting()
    {
        using var client = site.App.CreateHttpsClient();
        await client.SignInAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);

        var response = await client.Http.GetAsync(OidcHttp.AuthorizeUrl(OidcHttp.Pkce().Challenge, redirectUri: "https://angripare.example.com/callback"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("redirect_uri", body, StringComparison.Ordinal);
        Assert.DoesNotContain("code=", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientCredentials_GiveAPartnerSystemAnAccessToken_AWrongSecretDoesNot()
    {
        using var client = site.App.CreateHttpsClient();

        var token = await client.ClientCredentialsTokenAsync(OidcHttp.PolisenClient);
        var wrong = await client.PostTokenAsync([("grant_type", "client_credentials"), ("client_id", OidcHttp.PolisenClient), ("client_secret", "fel-hemlighet"), ("scope", "partner.api")]);

        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("invalid_client", (await wrong.JsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task RefreshToken_IsRotated_AndTheUsedOneIsRefused()
    {
        using var client = site.App.CreateHttpsClient();
        var first = await client.CodeFlowAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);
        var used = first.GetProperty("refresh_token").GetString()!;

        var refreshed = await client.PostTokenAsync([("grant_type", "refresh_token"), ("refresh_token", used), ("client_id", OidcHttp.PublicClient)]);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var next = (await refreshed.JsonAsync()).GetProperty("refresh_token").GetString();
        var replay = await client.PostTokenAsync([("grant_type", "refresh_token"), ("refresh_token", used), ("client_id", OidcHttp.PublicClient)]);

        Assert.NotEqual(used, next);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("invalid_grant", (await replay.JsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task RevokedAccessToken_StopsWorkingAtOnce()
    {
        using var client = site.App.CreateHttpsClient();
        var token = (await client.CodeFlowAsync(PortalApp.AdminEmail, PortalApp.AdminPassword)).GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetWithTokenAsync("/connect/userinfo", token)).StatusCode);

        var revoked = await client.Http.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["token_type_hint"] = "access_token", ["client_id"] = OidcHttp.PublicClient,
        }));

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithTokenAsync("/connect/userinfo", token)).StatusCode);
    }

    [Fact]
    public async Task Pruning_RemovesRevokedAndRedeemedTokens_AndKeepsValidOnes()
    {
        using var client = site.App.CreateHttpsClient();
        var kept = await client.ClientCredentialsTokenAsync(OidcHttp.RaddningClient);
        var gone = await client.ClientCredentialsTokenAsync(OidcHttp.RaddningClient);
        var revoked = await client.Http.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = gone, ["client_id"] = OidcHttp.RaddningClient, ["client_secret"] = OidcHttp.Secrets[OidcHttp.RaddningClient],
        }));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var before = await CountTokensAsync();

        var (tokens, _) = await site.App.Services.GetRequiredService<TokenPruning>()
            .PruneAsync(site.App.Clock.GetUtcNow().AddMinutes(1), TestContext.Current.CancellationToken);

        Assert.True(tokens >= 1, "The revoked token was not pruned.");
        Assert.Equal(before.Valid, (await CountTokensAsync()).Valid);
        Assert.Equal(0, (await CountTokensAsync()).Revoked);
        Assert.False(string.IsNullOrEmpty(kept));
    }

    private async Task<(long Valid, long Revoked)> CountTokensAsync()
    {
        await using var scope = site.App.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        long valid = 0, revoked = 0;
        await foreach (var token in tokens.ListAsync(count: null, offset: null, TestContext.Current.CancellationToken))
        {
            var status = await tokens.GetStatusAsync(token, TestContext.Current.CancellationToken);
            valid += status == OpenIddictConstants.Statuses.Valid ? 1 : 0;
            revoked += status == OpenIddictConstants.Statuses.Revoked ? 1 : 0;
        }

        return (valid, revoked);
    }

    private static List<string> Strings(JsonElement document, string property) =>
        document.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();
}

/// <summary>One portal with the oidc-test recipe for the class's tests.</summary>
public sealed class OidcSite : IAsyncLifetime
{
    public PortalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await OidcHttp.StartAsync();

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
