using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>The partner API: a partner system's token is scoped to its organisation (the police, A, and the
/// rescue service, B, in the demo plan) and reports only on that organisation's measures.</summary>
public sealed class PartnerApiTests(OidcSite site) : IClassFixture<OidcSite>
{
    private const string PolisenMeasure = "kamera-stora-torget";
    private const string RaddningMeasure = "brandsakerhet-skolor";

    [Fact]
    public async Task List_HasTheOrganisationsMeasuresOnly()
    {
        using var client = site.App.CreateHttpsClient();
        var token = await client.ClientCredentialsTokenAsync(OidcHttp.PolisenClient);

        var response = await client.GetWithTokenAsync("/api/partner/v1/atgarder", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var slugs = (await response.JsonAsync()).EnumerateArray().Select(m => m.GetProperty("slug").GetString()).ToList();
        Assert.Contains(PolisenMeasure, slugs);
        Assert.Contains("grannsamverkan", slugs);
        Assert.DoesNotContain(RaddningMeasure, slugs);
        Assert.DoesNotContain("tryggare-innerstad", slugs);
    }

    [Fact]
    public async Task OrganisationA_ReportsOnItsMeasure_TheReportIsInThePublicTimeline()
    {
        using var client = site.App.CreateHttpsClient();
        var token = await client.ClientCredentialsTokenAsync(OidcHttp.PolisenClient);

        var response = await PostReportAsync(client, token, PolisenMeasure, "Kameran vid Stora torget är uppsatt (partner-API).");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var (_, page) = await site.App.CreatePortalClient().GetPageAsync("/atgardsplan/" + PolisenMeasure);
        Assert.Contains("Kameran vid Stora torget är uppsatt (partner-API).", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(RecordingAuditTrail.For(site.App.Services), e => e.Action == "reported progress through the partner API" && e.Actor == OidcHttp.PolisenClient && e.Subject!.Contains(PolisenMeasure, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OrganisationA_OnOrganisationBsMeasure_IsRefusedAsNotFound_Audited_AndNothingIsWritten()
    {
        using var client = site.App.CreateHttpsClient();
        var token = await client.ClientCredentialsTokenAsync(OidcHttp.PolisenClient);

        var response = await PostReportAsync(client, token, RaddningMeasure, "Försök att rapportera åt någon annan.");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("din organisations åtgärder", (await response.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
        var (_, page) = await site.App.CreatePortalClient().GetPageAsync("/atgardsplan/" + RaddningMeasure);
        Assert.DoesNotContain("Försök att rapportera åt någon annan.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(RecordingAuditTrail.For(site.App.Services), e => !e.Succeeded && e.Actor == OidcHttp.PolisenClient && e.Subject!.Contains(RaddningMeasure, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadReport_IsAValidationProblemNamingTheField()
    {
        using var client = site.App.CreateHttpsClient();
        var token = await client.ClientCredentialsTokenAsync(OidcHttp.PolisenClient);

        var response = await client.Http.SendAsync(Post("/api/partner/v1/atgarder/" + PolisenMeasure + "/rapporter", token,
            new { date = "2026-03-01", status = "finns-inte", progress = 140, text = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("status", out _));
        Assert.True(errors.TryGetProperty("progress", out _));
    }

    [Fact]
    public async Task TokenWithoutThePartnerScope_IsRefused_AndACookieIsNoToken()
    {
        using var client = site.App.CreateHttpsClient();
        var token = await client.ClientCredentialsTokenAsync(OidcHttp.NoScopeClient, scope: "");
        using var admin = await site.App.CreateAdminClientAsync();

        var withoutScope = await client.GetWithTokenAsync("/api/partner/v1/atgarder", token);
        var cookie = await admin.GetAsync("/api/partner/v1/atgarder");
        var anonymous = await site.App.CreateHttpsClient().Http.GetAsync("/api/partner/v1/atgarder");

        Assert.Equal(HttpStatusCode.Forbidden, withoutScope.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, cookie.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task RevokedToken_StopsWorkingOnTheApiAtOnce()
    {
        using var client = site.App.CreateHttpsClient();
        var token = await client.ClientCredentialsTokenAsync(OidcHttp.PolisenClient);
        Assert.Equal(HttpStatusCode.OK, (await client.GetWithTokenAsync("/api/partner/v1/atgarder", token)).StatusCode);

        var revoked = await client.Http.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["client_id"] = OidcHttp.PolisenClient, ["client_secret"] = OidcHttp.Secrets[OidcHttp.PolisenClient],
        }));

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithTokenAsync("/api/partner/v1/atgarder", token)).StatusCode);
    }

    private static Task<HttpResponseMessage> PostReportAsync(PortalClient client, string token, string slug, string text) =>
        client.Http.SendAsync(Post($"/api/partner/v1/atgarder/{slug}/rapporter", token, new { date = "2026-03-01", status = "pagar", progress = 60, text }));

    private static HttpRequestMessage Post(string url, string token, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
