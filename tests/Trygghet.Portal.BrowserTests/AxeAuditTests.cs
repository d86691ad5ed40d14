namespace Trygghet.Portal.BrowserTests;

/// <summary>The companion of the zero-violation tests: proves the audit really runs the WCAG rules and reports a
/// violation in a form a developer can act on. Without it, a mistake in the rule tags would pass every page.</summary>
public sealed class AxeAuditTests(PortalBrowser site) : IClassFixture<PortalBrowser>
{
    private const string BrokenPage = """
        <!DOCTYPE html>
        <html lang="sv">
        <head><title>Provsida</title></head>
        <body><main><h1>Provsida</h1><img src="data:," class="unlabelled"><p style="color: #aaa">Grå text på vitt</p></main></body>
        </html>
        """;

    [Fact]
    public async Task Audit_ReportsPageWidthRuleImpactAndTargetOfKnownViolations()
    {
        await using var session = await site.OpenAsync(Viewports.Phone);
        await session.Page.SetContentAsync(BrokenPage);

        var violations = await AxeAudit.RunAsync(session.Page, "/provsida", Viewports.Phone);

        var missingAlt = Assert.Single(violations, v => v.RuleId == "image-alt");
        Assert.Equal("critical", missingAlt.Impact);
        // The selector axe chose, then the element's HTML.
        Assert.Equal("img  <img src=\"data:,\" class=\"unlabelled\">", Assert.Single(missingAlt.Targets));
        Assert.Contains(violations, v => v.RuleId == "color-contrast");

        var report = AxeAudit.Report(violations, pageCount: 1);
        Assert.Contains("/provsida [phone 390×844] image-alt (critical)", report);
        Assert.Contains("    img  <img", report);
    }
}
