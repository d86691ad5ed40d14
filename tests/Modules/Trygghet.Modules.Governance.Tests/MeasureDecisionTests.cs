using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>A decision names the action-plan measures it concerns, and a measure's public page links to its public,
/// justerade decisions: the trace from measure to the forum that decided on it.</summary>
public sealed class MeasureDecisionTests
{
    [Fact]
    public async Task MeasurePage_ListsItsJusteradePublicDecisions_NewestFirst_AndNoInternalOrUnjusteradOne()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var visitor = app.CreatePortalClient();

        var (_, page) = await visitor.GetPageAsync("/atgardsplan/tryggare-innerstad");

        var decisions = page.QuerySelectorAll("main ul.decision-list li").Select(li => li.Normalized()).ToList();
        // The demo also links an Intern paragraph to this measure; the coordination group's § 11 is in a draft
        // protokoll but was declared omedelbart justerad, so it is public already.
        Assert.Equal(
        [
            "Samordnings- och beredningsgrupp 2026-11-05 § 11: Prioritering av åtgärder",
            "Trygghetsrådet 2026-09-17 § 13: Uppföljning av åtgärdsplanen",
            "Trygghetsrådet 2026-02-12 § 3: Uppföljning av åtgärdsplanen",
        ], decisions);
        Assert.DoesNotContain("Förberedelse inför samverkansrådet", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/beslut/trygghetsradet/2026/3", page.QuerySelectorAll("main ul.decision-list a")[2].GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/beslut/trygghetsradet/2026/3")).StatusCode);
        var (_, other) = await visitor.GetPageAsync("/atgardsplan/unga-skaggetorp");
        Assert.Single(other.QuerySelectorAll("main ul.decision-list li"));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task ParagraphForm_RefusesAnUnknownOrInternalMeasureNamingTheField_AndALinkShowsOnceTheProtokollIsJusterat()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();
        var protocol = await admin.StartProtocolAsync(await admin.CreateMeetingAsync("Trygghetsrådet", "2025-03-12", "13:00", "15:00", status: "Genomfort"));

        foreach (var (slugs, message) in new[]
        {
            ("finns-inte", "\"finns-inte\" är ingen offentlig åtgärd i åtgärdsplanen."),
            ("belysning-innerstaden, orosanmalningar-rutin", "\"orosanmalningar-rutin\" är ingen offentlig åtgärd i åtgärdsplanen."),
            ("Inte Ett Adressnamn", "\"Inte\" är inget adressnamn."),
        })
        {
            var refused = await admin.SubmitFormAsync(protocol + "/paragrafer/new",
                [("Input.Title", "Belysning"), ("Input.Decision", "Beslutet fattas."), ("Input.Classification", "Offentlig"), ("Input.Measures", slugs)]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal(message, (await refused.ReadDocumentAsync()).QuerySelector("#measures-error")!.TextContent.Trim());
        }

        var added = await admin.SubmitFormAsync(protocol + "/paragrafer/new",
            [("Input.Title", "Belysning i parkerna"), ("Input.Decision", "Belysningen prioriteras."), ("Input.Classification", "Offentlig"), ("Input.Measures", "belysning-innerstaden")]);
        Assert.Equal(protocol, added.RedirectPath());
        var (_, edit) = await admin.GetPageAsync(await admin.ParagraphPathAsync(protocol, 1));
        // The measure is shown chosen by its title in the picker, not as a slug to type.
        var chosen = Assert.Single(edit.QuerySelectorAll("input[name='Input.Measures']:checked"));
        Assert.Equal("belysning-innerstaden", chosen.GetAttribute("value"));
        Assert.Null(edit.QuerySelector("input[type=text][name='Input.Measures'], textarea[name='Input.Measures']"));
        Assert.NotEqual("belysning-innerstaden", edit.QuerySelector($"label[for='{chosen.Id}']")!.TextContent.Trim());

        using var visitor = app.CreatePortalClient();
        var (_, before) = await visitor.GetPageAsync("/atgardsplan/belysning-innerstaden");
        Assert.Empty(before.QuerySelectorAll("main ul.decision-list li"));
        await admin.AdjustAsync(protocol, "2025-03-20");
        var (_, after) = await visitor.GetPageAsync("/atgardsplan/belysning-innerstaden");
        Assert.Equal(["Trygghetsrådet 2025-03-12 § 1: Belysning i parkerna"], after.QuerySelectorAll("main ul.decision-list li").Select(li => li.Normalized()).ToList());
        app.AssertNoErrorsLogged();
    }
}
