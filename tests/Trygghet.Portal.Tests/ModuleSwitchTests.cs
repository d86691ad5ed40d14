using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

public sealed class ModuleSwitchTests
{
    [Fact]
    public async Task ModuleSwitchedOffByConfiguration_IsNotLoaded()
    {
        await using var app = await PortalApp.StartAsync(recipe: "empty", settings: new Dictionary<string, string?> { ["Modules:FollowUp:Enabled"] = "false" });
        using var client = await app.CreateAdminClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/admin/goals")).StatusCode);
        var (_, admin) = await client.GetPageAsync("/admin");
        Assert.DoesNotContain(admin.QuerySelectorAll("nav.admin-nav a"), a => a.GetAttribute("href") == "/admin/goals");
        var (_, roles) = await client.GetPageAsync("/admin/roles/new");
        Assert.Null(roles.QuerySelector("input[value='FollowUp.ManageGoals']"));
        Assert.NotNull(roles.QuerySelector("input[value='Governance.ManageForums']"));
    }

    [Fact]
    public async Task ModuleSwitchedOffByConfiguration_MakesItsRecipeStepsUnknown()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            PortalApp.StartAsync(recipe: "demo", settings: new Dictionary<string, string?> { ["Modules:FollowUp:Enabled"] = "false" }));

        Assert.Contains("steg 3 (Goals): okänt steg", failure.ToString());
        Assert.Contains("Moduler avstängda i konfigurationen: FollowUp", failure.ToString());
    }

    [Fact]
    public async Task ModuleSwitchedOffByRecipe_AnswersNotFoundAndLeavesStartPageAndMenus()
    {
        var folder = Path.Combine(Path.GetTempPath(), "trygghet-recipes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "no-followup.recipe.json"), """
            {
              "name": "no-followup",
              "steps": [
                { "name": "Modules", "disable": ["FollowUp"] },
                { "name": "Forums", "forums": [ { "slug": "trygghetsradet", "name": "Trygghetsrådet", "kind": "Strategisk", "purpose": "Styrgrupp." } ] }
              ]
            }
            """);
        await using var app = await PortalApp.StartAsync(recipe: "no-followup", settings: new Dictionary<string, string?> { ["Recipes:Path"] = folder });
        using var client = await app.CreateAdminClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/admin/goals")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin/forums")).StatusCode);
        var (_, admin) = await client.GetPageAsync("/admin");
        Assert.DoesNotContain(admin.QuerySelectorAll("nav.admin-nav a"), a => a.GetAttribute("href") == "/admin/goals");
        var (_, home) = await client.GetPageAsync("/");
        Assert.Null(home.QuerySelector("#goals-heading"));
        Assert.NotNull(home.QuerySelector("#forums-heading"));
    }
}
