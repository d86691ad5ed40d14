using System.Net;
using System.Text.Json;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>What a citizen sees of the governance model: /organisation and the start page's forum block,
/// after the Linköping recipe (or the demo recipe that includes it) has set the site up.</summary>
public sealed class OrganisationPageTests
{
    private static readonly string[] Slugs = ["trygghetsradet", "samordnings-och-beredningsgrupp", "samverkansrad", "operativa-resurser"];

    [Theory]
    [InlineData("linkoping")]
    [InlineData("demo")]
    public async Task Organisation_ShowsEveryForumOfTheRecipeWithItsPurposeAndTasksToAnonymousVisitor(string recipe)
    {
        await using var app = await PortalApp.StartAsync(recipe: recipe);
        using var visitor = app.CreatePortalClient();

        var (response, page) = await visitor.GetPageAsync("/organisation");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = LinkopingForums();
        Assert.Equal(Slugs, expected.Select(f => f.Slug));
        Assert.Equal(Slugs, page.QuerySelectorAll("main section.forum").Select(s => s.Id));
        foreach (var forum in expected)
        {
            var section = page.ForumSection(forum.Slug);
            Assert.Equal(forum.Name, section.QuerySelector("h2")?.TextContent.Trim());
            Assert.Equal(forum.Purpose, section.QuerySelector("h2 + p")?.TextContent.Trim());
            Assert.Equal(forum.Tasks, section.Tasks());
        }

        Assert.Equal(Slugs.Select(s => "#" + s), page.QuerySelectorAll("main nav a").Select(a => a.GetAttribute("href")));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Organisation_ShowsTrygghetsradetsAdjungeradSeatsChairAndMeetingFrequency()
    {
        await using var app = await PortalApp.StartAsync(recipe: "linkoping");
        using var visitor = app.CreatePortalClient();

        var (_, page) = await visitor.GetPageAsync("/organisation");

        var radet = page.ForumSection("trygghetsradet");
        var seats = radet.QuerySelectorAll("li").Select(li => li.Normalized()).ToList();
        Assert.Contains("Lokalpolisområdeschef (adjungerad)", seats);
        Assert.Contains("Förbundsdirektör för Räddningstjänsten Östra Götaland (adjungerad, vid behov)", seats);
        Assert.Contains("7 × Ledamöter eller ersättare från kommunstyrelsen, varav kommunstyrelsens förste vice ordförande", seats);
        Assert.Contains("Kommundirektör", seats);
        Assert.Equal("Kommunstyrelsens förste vice ordförande", radet.Fact("Ordförande"));
        Assert.Equal("Kommunstyrelsens förste vice ordförande", radet.Fact("Sammankallande"));
        Assert.Equal("3–4 gånger per år, eller när ordförande bedömer att det finns behov", radet.Fact("Mötesfrekvens"));

        Assert.Equal("2 gånger per år", page.ForumSection("samverkansrad").Fact("Mötesfrekvens"));
        Assert.Equal("3–5 gånger per år", page.ForumSection("samordnings-och-beredningsgrupp").Fact("Mötesfrekvens"));
        Assert.Null(page.ForumSection("operativa-resurser").Fact("Mötesfrekvens"));
    }

    [Fact]
    public async Task Home_ListsEveryForumLinkingToItsSectionOnOrganisation()
    {
        await using var app = await PortalApp.StartAsync(recipe: "linkoping");
        using var visitor = app.CreatePortalClient();

        var (response, page) = await visitor.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll("main .card-list .card h3 a").ToList();
        Assert.Equal(Slugs.Select(s => "/organisation#" + s), links.Select(a => a.GetAttribute("href")));
        Assert.Equal(LinkopingForums().Select(f => f.Name), links.Select(a => a.TextContent.Trim()));
        Assert.Contains("Möts 3–4 gånger per år", page.QuerySelector("main .card-list .card")?.Normalized(), StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    /// <summary>The forums as recipes/linkoping.recipe.json (copied beside the binaries) defines them.</summary>
    private static List<RecipeForum> LinkopingForums()
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "recipes", "linkoping.recipe.json")));
        var step = recipe.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Forums");
        return step.GetProperty("forums").EnumerateArray()
            .Select(f => new RecipeForum(
                f.GetProperty("slug").GetString()!,
                f.GetProperty("name").GetString()!,
                f.GetProperty("purpose").GetString()!,
                f.GetProperty("tasks").EnumerateArray().Select(t => t.GetString()!).ToList()))
            .ToList();
    }

    private sealed record RecipeForum(string Slug, string Name, string Purpose, List<string> Tasks);
}
