using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.CitizenPromises.Tests;

public sealed class ModuleSwitchTests
{
    [Fact]
    public async Task SwitchedOffByRecipe_EveryAddressAnswers404_AndTheStartPageHasNoPromises()
    {
        var folder = Path.Combine(Path.GetTempPath(), "trygghet-recipes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "utan-loften.recipe.json"), """
            { "name": "utan-loften", "steps": [ { "name": "Modules", "disable": ["CitizenPromises"] }, { "name": "Roles", "roles": [ { "name": "Administratör" } ] } ] }
            """);
        await using var app = await PortalApp.StartAsync(recipe: "utan-loften", settings: new Dictionary<string, string?> { ["Recipes:Path"] = folder });
        using var admin = await app.CreateAdminClientAsync();

        foreach (var path in new[] { "/medborgarloften", "/medborgarloften/linkoping-2026", "/medborgarloften/feed.xml", "/api/v1/medborgarloften", "/api/v1/medborgarloften.csv", "/admin/medborgarloften", PromisesHttp.PublishPath })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync(path)).StatusCode);
        }

        var (_, home) = await admin.GetPageAsync("/");
        Assert.Null(home.QuerySelector("#promises-heading"));
        Assert.DoesNotContain(home.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/medborgarloften");
        app.AssertNoErrorsLogged();
    }
}
