using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Snapshooter;
using Snapshooter.Xunit3;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Gates;

/// <summary>Pins every public data format (everything an anonymous GET returns that is not an HTML page:
/// sitemap, robots.txt, and — as modules add them — open data, feeds, calendars, the DCAT catalogue) on the
/// demo data, so a change to what other systems consume is always deliberate: update the snapshot in the
/// same commit. CI runs with SNAPSHOOTER_STRICT_MODE=true, so a missing snapshot fails instead of being written.</summary>
public sealed partial class PublicFormatSnapshotTests
{
    [Fact]
    public async Task EveryPublicDataFormat_MatchesItsSnapshot()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var anonymous = app.CreatePortalClient();
        var pinned = new List<string>();

        foreach (var path in AnonymousParameterlessGets(app).Order(StringComparer.Ordinal))
        {
            var response = await anonymous.Http.GetAsync(path);
            var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
            // A format that fails is a failure, not a format to skip.
            Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
            // Pages are checked by the crawls, and an icon (the favicon) is no data format.
            if (!response.IsSuccessStatusCode || type == "text/html" || type.StartsWith("image/", StringComparison.Ordinal))
            {
                continue;
            }

            // iCalendar's DTSTAMP is the time the file was written; everything else must stay put.
            var body = DtStamp().Replace(await response.Content.ReadAsStringAsync(), "DTSTAMP:<när filen skrevs>");
            Snapshot.Match(new { path, type, body }, SnapshotNameExtension.Create(path.Trim('/').Replace('/', '_').Replace('.', '_')));
            pinned.Add(path);
        }

        Assert.Contains("/sitemap.xml", pinned);
        Assert.Contains("/robots.txt", pinned);
    }

    private static IEnumerable<string> AnonymousParameterlessGets(PortalApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))
            .Distinct();

    [System.Text.RegularExpressions.GeneratedRegex(@"DTSTAMP:\d{8}T\d{6}Z")]
    private static partial System.Text.RegularExpressions.Regex DtStamp();
}
