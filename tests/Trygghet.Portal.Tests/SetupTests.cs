using AngleSharp;
using System.Net;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

public sealed class SetupTests
{
    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task SetupPage_SetsUpSiteFromChosenRecipe_ThenAnswers404(string provider)
    {
        await using var app = await PortalApp.StartAsync(provider, recipe: null);
        using var client = app.CreatePortalClient();

        var start = await client.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal("/setup", start.Headers.Location?.OriginalString);

        var (page, document) = await client.GetPageAsync("/setup");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var offered = document.QuerySelectorAll("input[name='Input.Recipe']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["demo", "empty", "linkoping"], offered);

        var result = await client.SubmitFormAsync(document,
            [("Input.Recipe", "linkoping"), ("Input.AdminEmail", "chef@example.se"), ("Input.AdminPassword", "en lång och hemlig lösenfras")]);
        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.StartsWith("/konto/logga-in", result.Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/setup")).StatusCode);
        var home = await client.Http.GetStringAsync("/");
        Assert.Contains("Trygghetsrådet", home);
        await client.SignInAsync("chef@example.se", "en lång och hemlig lösenfras");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin/users")).StatusCode);
        Assert.Empty(app.Logs.Errors);
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task SetupPage_RefusesCommonPassword_NamesTheFieldAndWritesNothing(string provider)
    {
        await using var app = await PortalApp.StartAsync(provider, recipe: null);
        using var client = app.CreatePortalClient();

        var result = await client.SubmitFormAsync("/setup",
            [("Input.Recipe", "demo"), ("Input.AdminEmail", "chef@example.se"), ("Input.AdminPassword", "Password1234")]);

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        var (_, document) = await ReadAsync(client, result);
        Assert.Contains(document.ErrorMessages(), m => m.Contains("för vanligt", StringComparison.Ordinal));
        Assert.Contains("för vanligt", document.QuerySelector("#password-error")?.TextContent, StringComparison.Ordinal);
        // The recipe's steps ran before the administrator was refused: all of it must be rolled back.
        Assert.Equal(0, await DatabaseContents.CountRowsAsync(app));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/setup")).StatusCode);
    }

    [Fact]
    public async Task SetupPage_WithoutRecipeOrEmail_NamesEachMissingField()
    {
        await using var app = await PortalApp.StartAsync(recipe: null);
        using var client = app.CreatePortalClient();

        var result = await client.SubmitFormAsync("/setup", [("Input.Recipe", ""), ("Input.AdminEmail", ""), ("Input.AdminPassword", "")]);

        var (_, document) = await ReadAsync(client, result);
        var errors = document.ErrorMessages();
        Assert.Contains("Välj ett recept.", errors);
        Assert.Contains("Ange Administratörens e-postadress.", errors);
        Assert.Contains("Ange Administratörens lösenord.", errors);
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task UnattendedSetup_WithDemo_ServesForumsAndGoalsOnStartPage(string provider)
    {
        await using var app = await PortalApp.StartAsync(provider, recipe: "demo");
        using var client = app.CreatePortalClient();

        var (response, document) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = document.MainText();
        foreach (var forum in new[] { "Trygghetsrådet", "Samordnings- och beredningsgrupp", "Samverkansråd", "Operativa resurser" })
        {
            Assert.Contains(forum, text);
        }

        Assert.Contains("Ökad trygghet, säkerhet och minskad segregation", text);
        Assert.Contains("Skolor med studiero där fler klarar kunskapsmålen", text);
        Assert.Equal("Trygghet i Linköping (demo)", document.QuerySelector(".site-name")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/setup")).StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var forums = await scope.ServiceProvider.GetRequiredService<IForumDirectory>().ListAsync(CancellationToken.None);
        Assert.Equal(["trygghetsradet", "samordnings-och-beredningsgrupp", "samverkansrad", "operativa-resurser"], forums.Select(f => f.Slug));
    }

    [Fact]
    public async Task UnattendedSetup_WithWeakPassword_StopsStartWithReason()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PortalApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Setup:AdminPassword"] = "kort",
        }));

        Assert.Contains("Unattended setup failed", failure.ToString());
        Assert.Contains("minst 12 tecken", failure.ToString());
    }

    internal static async Task<(HttpResponseMessage, AngleSharp.Dom.IDocument)> ReadAsync(PortalClient client, HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await AngleSharp.BrowsingContext.New(AngleSharp.Configuration.Default)
            .OpenAsync(r => r.Content(html).Address(client.Http.BaseAddress!));
        return (response, document);
    }
}
