using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>The OpenID Connect flows as a client would drive them, over the portal's real HTTP pipeline (https:
/// OpenIddict refuses plain HTTP, as it should).</summary>
internal static class OidcHttp
{
    public const string PublicClient = "testapp";
    public const string PublicRedirect = "https://app.example.se/callback";
    public const string PolisenClient = "polisen-system";
    public const string RaddningClient = "raddning-system";
    public const string NoScopeClient = "utan-scope";

    /// <summary>Secrets exist only in the test's settings, never in the recipe.</summary>
    public static readonly Dictionary<string, string> Secrets = new(StringComparer.Ordinal)
    {
        ["webbapp"] = "webbappens-hemlighet-som-ar-lang-nog-1234",
        [PolisenClient] = "polisens-hemlighet-som-ar-lang-nog-123456",
        [RaddningClient] = "raddningens-hemlighet-som-ar-lang-nog-1234",
        [NoScopeClient] = "utan-scope-hemlighet-som-ar-lang-nog-12345",
    };

    public static async Task<PortalApp> StartAsync(string provider = TestProvider.Sqlite, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Recipes:Path"] = RecipeFolder(),
            ["Identity:Clients:webbapp:Secret"] = Secrets["webbapp"],
            ["Identity:Clients:polisen:Secret"] = Secrets[PolisenClient],
            ["Identity:Clients:raddning:Secret"] = Secrets[RaddningClient],
            ["Identity:Clients:utan:Secret"] = Secrets[NoScopeClient],
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        // The machine's clock, not the test clock: OpenIddict's EF Core store decides in PruneAsync whether a token has
        // expired by the machine's clock, while the server stamps tokens with the injected one. The OpenID Connect
        // suites read no dated content, so nothing here depends on the day.
        return await PortalApp.StartAsync(provider, recipe: "oidc-test", settings: settings, services: RecordingAuditTrail.Register, clock: TimeProvider.System);
    }

    /// <summary>Over HTTPS, to the configured public address when there is one (other hosts are answered 400).</summary>
    public static PortalClient CreateHttpsClient(this PortalApp app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = app.PublicAddress.Scheme == Uri.UriSchemeHttps ? app.PublicAddress : new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        }), app.Authenticator);

    /// <summary>A PKCE pair (RFC 7636, S256).</summary>
    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public static string AuthorizeUrl(string? challenge, string redirectUri = PublicRedirect, string scope = "openid profile email offline_access", string clientId = PublicClient)
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
            ["scope"] = scope,
            ["state"] = "tillstand-123",
        };
        if (challenge is not null)
        {
            query["code_challenge"] = challenge;
            query["code_challenge_method"] = "S256";
        }

        return QueryHelpers.AddQueryString("/connect/authorize", query);
    }

    /// <summary>The query of the redirect back to the client (code and state, or error and error_description).</summary>
    public static Dictionary<string, string> CallbackQuery(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect to the client, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        var location = response.Headers.Location!;
        Assert.StartsWith(PublicRedirect, location.ToString(), StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    /// <summary>Signs in (if the client is not), authorizes with PKCE and exchanges the code: the token response.</summary>
    public static async Task<JsonElement> CodeFlowAsync(this PortalClient client, string email, string password)
    {
        var (verifier, challenge) = Pkce();
        var response = await client.Http.GetAsync(AuthorizeUrl(challenge));
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains(PortalHttp.SignInPath, StringComparison.Ordinal))
        {
            // Password and TOTP (the shared helper sets it up the first time), then the same request again.
            var signIn = await client.SubmitFormAsync(response.Headers.Location.PathAndQuery(), [("Input.Email", email), ("Input.Password", password)]);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Contains(Uri.EscapeDataString("/connect/authorize?"), signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
            await client.SignInAsync(email, password);
            response = await client.Http.GetAsync(AuthorizeUrl(challenge));
        }

        var callback = CallbackQuery(response);
        Assert.Equal("tillstand-123", callback["state"]);
        var token = await client.PostTokenAsync(
        [
            ("grant_type", "authorization_code"), ("code", callback["code"]), ("redirect_uri", PublicRedirect),
            ("client_id", PublicClient), ("code_verifier", verifier),
        ]);
        Assert.True(token.StatusCode == HttpStatusCode.OK, await token.Content.ReadAsStringAsync());
        return await token.JsonAsync();
    }

    public static Task<HttpResponseMessage> PostTokenAsync(this PortalClient client, IEnumerable<(string, string)> form) =>
        client.Http.PostAsync("/connect/token", new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Item1, f.Item2))));

    public static async Task<string> ClientCredentialsTokenAsync(this PortalClient client, string clientId, string scope = "partner.api")
    {
        var response = await client.PostTokenAsync([("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", Secrets[clientId]), ("scope", scope)]);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("access_token").GetString()!;
    }

    public static Task<HttpResponseMessage> GetWithTokenAsync(this PortalClient client, string url, string accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client.Http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The shipped recipes (demo is included) and this project's test recipes, in a folder of the test's own.</summary>
    private static string RecipeFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "trygghet-recipes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes"), "*.recipe.json")
                     .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "test-recipes"), "*.recipe.json")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
