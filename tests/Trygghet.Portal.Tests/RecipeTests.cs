using System.Net;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests;

public sealed class RecipeTests
{
    public static TheoryData<string, string> ShippedRecipes()
    {
        var data = new TheoryData<string, string>();
        foreach (var recipe in new[] { "demo", "linkoping", "empty" })
        {
            foreach (var provider in new[] { TestProvider.Sqlite, TestProvider.Postgres })
            {
                data.Add(recipe, provider);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedRecipes))]
    public async Task ShippedRecipe_SetsUpAWorkingSite(string recipe, string provider)
    {
        await using var app = await PortalApp.StartAsync(provider, recipe);
        using var client = await app.CreateAdminClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/organisation")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin/roles")).StatusCode);
        Assert.Empty(app.Logs.Errors);
    }

    [Fact]
    public void LinkopingRecipe_DescribesTheSeedsModel()
    {
        var recipe = new RecipeLoader(Microsoft.Extensions.Options.Options.Create(new RecipeOptions()), TimeProvider.System).Load("linkoping");
        var steps = recipe.Steps.Select(s => s.Name).ToList();
        Assert.Equal(["Site", "Roles", "Forums", "Goals", "MeasureStatuses", "Areas", "ResponsibleBodies", "Partners"], steps);
        // The samverkansråd's partner space belongs to the model; its members and content are a site's own.
        var space = recipe.Steps.Single(s => s.Name == "Partners").Data.GetProperty("spaces").EnumerateArray().Single();
        Assert.Equal(("samverkansradet", "samverkansrad"), (space.GetProperty("slug").GetString(), space.GetProperty("forum").GetString()));

        var forums = recipe.Steps.Single(s => s.Name == "Forums").Data.GetProperty("forums").EnumerateArray().ToList();
        var council = forums.Single(f => f.GetProperty("slug").GetString() == "trygghetsradet");
        Assert.Equal(3, council.GetProperty("meetingsPerYear").GetProperty("min").GetInt32());
        Assert.Equal(4, council.GetProperty("meetingsPerYear").GetProperty("max").GetInt32());
        var seats = council.GetProperty("seats").EnumerateArray().ToList();
        Assert.Equal(7, seats.First().GetProperty("count").GetInt32());
        Assert.Contains(seats, s => s.GetProperty("title").GetString() == "Lokalpolisområdeschef" && s.GetProperty("kind").GetString() == "Adjungerad");
        Assert.Equal(5, council.GetProperty("tasks").GetArrayLength());
        Assert.Equal(5, recipe.Steps.Single(s => s.Name == "Goals").Data.GetProperty("goals").GetArrayLength());
        var roles = recipe.Steps.Single(s => s.Name == "Roles").Data.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("name").GetString());
        Assert.Equal(["Administratör", "Säkerhetsenhet", "Redaktör", "Forumledamot", "Partner"], roles);
    }

    [Fact]
    public void DemoRecipe_IncludesLinkopingBeforeItsOwnSteps()
    {
        var recipe = new RecipeLoader(Microsoft.Extensions.Options.Options.Create(new RecipeOptions()), TimeProvider.System).Load("demo");
        Assert.Equal("linkoping.recipe.json", recipe.Steps[0].FileName);
        Assert.Equal("demo.recipe.json", recipe.Steps[^1].FileName);
    }

    /// <summary>Each broken recipe: its file content, and what the error must say (file, step, problem).</summary>
    public static TheoryData<string, string, string[]> BrokenRecipes() => new TheoryData<string, string, string[]>
    {
        { "bad-json", """{ "name": "bad-json", "steps": [ { "name": "Goals", } ] }""", ["bad-json.recipe.json", "ogiltig JSON på rad 1"] },
        { "no-steps", """{ "name": "no-steps" }""", ["no-steps.recipe.json", "'steps' saknas"] },
        { "wrong-name", """{ "name": "something-else", "steps": [] }""", ["wrong-name.recipe.json", "'name' måste vara \"wrong-name\""] },
        { "unknown-step", """{ "name": "unknown-step", "steps": [ { "name": "Goals", "goals": [] }, { "name": "Teleport" } ] }""", ["unknown-step.recipe.json", "steg 1 (Teleport)", "okänt steg"] },
        { "missing-field", """{ "name": "missing-field", "steps": [ { "name": "Goals", "goals": [ { "slug": "a" } ] } ] }""", ["missing-field.recipe.json", "steg 0 (Goals)", "'title'"] },
        { "unknown-field", """{ "name": "unknown-field", "steps": [ { "name": "Goals", "goals": [ { "slug": "a", "title": "A", "colour": "red" } ] } ] }""", ["steg 0 (Goals)", "okända fältet 'colour'"] },
        { "wrong-type", """{ "name": "wrong-type", "steps": [ { "name": "Forums", "forums": [ { "slug": "x", "name": "X", "kind": "Strategisk", "purpose": "p", "meetingsPerYear": { "min": "tre" } } ] } ] }""", ["steg 0 (Forums)", "forums[0].meetingsPerYear.min"] },
        { "bad-enum", """{ "name": "bad-enum", "steps": [ { "name": "Forums", "forums": [ { "slug": "x", "name": "X", "kind": "Kosmisk", "purpose": "p" } ] } ] }""", ["steg 0 (Forums)", "forums[0].kind"] },
        { "rule-broken", """{ "name": "rule-broken", "steps": [ { "name": "Forums", "forums": [ { "slug": "x", "name": "X", "kind": "Taktisk", "purpose": "p", "meetingsPerYear": { "min": 5, "max": 2 } } ] } ] }""", ["steg 0 (Forums)", "'forums[0].meetingsPerYear.max' får inte vara mindre än min"] },
        { "unknown-permission", """{ "name": "unknown-permission", "steps": [ { "name": "Goals", "goals": [ { "slug": "a", "title": "A" } ] }, { "name": "Roles", "roles": [ { "name": "Redaktör", "permissions": ["Portal.AccessAdmin", "Magic.Everything"] } ] } ] }""", ["steg 1 (Roles)", "roles[0].permissions[1]", "Magic.Everything"] },
        { "duplicate-slug", """{ "name": "duplicate-slug", "steps": [ { "name": "Goals", "goals": [ { "slug": "a", "title": "A" }, { "slug": "a", "title": "B" } ] } ] }""", ["steg 0 (Goals)", "'goals[1].slug'", "två gånger"] },
        { "missing-include", """{ "name": "missing-include", "include": ["nowhere"], "steps": [] }""", ["missing-include.recipe.json", "\"nowhere\", som inte finns"] },
        { "unknown-module", """{ "name": "unknown-module", "steps": [ { "name": "Modules", "disable": ["Weather"] } ] }""", ["steg 0 (Modules)", "\"Weather\", som inte finns"] },
        { "required-module", """{ "name": "required-module", "steps": [ { "name": "Modules", "disable": ["Identity"] } ] }""", ["steg 0 (Modules)", "Identity kan inte stängas av"] },
        { "disabled-then-used", """{ "name": "disabled-then-used", "steps": [ { "name": "Modules", "disable": ["FollowUp"] }, { "name": "Goals", "goals": [] } ] }""", ["steg 1 (Goals)", "modulen FollowUp, som receptet har stängt av"] },
        { "unknown-role", """{ "name": "unknown-role", "steps": [ { "name": "Users", "users": [ { "email": "a@example.se", "displayName": "A", "roles": ["Kung"] } ] } ] }""", ["steg 0 (Users)", "'users[0].roles[0]'", "\"Kung\", som inte finns"] },
        { "password-in-recipe", """{ "name": "password-in-recipe", "steps": [ { "name": "Users", "users": [ { "email": "a@example.se", "displayName": "A", "password": "hemligt-hemligt" } ] } ] }""", ["steg 0 (Users)", "okända fältet 'password'"] },
        { "null-in-list", """{ "name": "null-in-list", "steps": [ { "name": "Forums", "forums": [ { "slug": "x", "name": "X", "kind": "Taktisk", "purpose": "p", "tasks": ["a", null] } ] } ] }""", ["steg 0 (Forums)", "'forums[0].tasks[1]' får inte vara null"] },
        { "unknown-forum", """{ "name": "unknown-forum", "include": ["linkoping"], "steps": [ { "name": "Members", "members": [ { "forum": "trygghetsradet", "name": "A", "kind": "Ledamot", "from": "2026-01-01" }, { "forum": "finns-inte", "name": "B", "kind": "Ledamot", "from": "2026-01-01" } ] } ] }""", ["unknown-forum.recipe.json", "steg 0 (Members)", "'members[1].forum'", "\"finns-inte\" är inget forum"] },
        { "member-period", """{ "name": "member-period", "include": ["linkoping"], "steps": [ { "name": "Members", "members": [ { "forum": "trygghetsradet", "name": "A", "kind": "Ledamot", "from": "2026-01-01", "to": "2025-12-31" } ] } ] }""", ["steg 0 (Members)", "'members[0].to' får inte vara före startdatumet"] },
        { "meeting-end", """{ "name": "meeting-end", "include": ["linkoping"], "steps": [ { "name": "Meetings", "meetings": [ { "forum": "trygghetsradet", "start": "2026-03-12T13:00:00", "end": "2026-03-12T12:00:00", "place": "Stadshuset" } ] } ] }""", ["meeting-end.recipe.json", "steg 0 (Meetings)", "'meetings[0].end' måste vara efter starttiden"] },
        { "bad-site", """{ "name": "bad-site", "steps": [ { "name": "Goals", "goals": [ { "slug": "a", "title": "A" } ] }, { "name": "Site", "siteName": "X", "organisation": "Y", "contactEmail": "inte-en-adress" } ] }""", ["steg 1 (Site)", "'contactEmail'"] },
    };

    [Theory]
    [MemberData(nameof(BrokenRecipes))]
    public async Task BrokenRecipe_FailsSetupNamingFileStepAndProblem_AndWritesNothing(string name, string json, string[] expected)
    {
        var folder = RecipeFolderWith(name, json);
        await using var app = await PortalApp.StartAsync(recipe: null, settings: new Dictionary<string, string?> { ["Recipes:Path"] = folder });
        using var client = app.CreatePortalClient();

        var response = await client.SubmitFormAsync("/setup",
            [("Input.Recipe", name), ("Input.AdminEmail", PortalApp.AdminEmail), ("Input.AdminPassword", PortalApp.AdminPassword)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, document) = await SetupTests.ReadAsync(client, response);
        var message = Assert.Single(document.ErrorMessages(), m => m.StartsWith("Receptet ", StringComparison.Ordinal));
        foreach (var part in expected)
        {
            Assert.Contains(part, message, StringComparison.Ordinal);
        }

        Assert.Equal(0, await DatabaseContents.CountRowsAsync(app));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/setup")).StatusCode);
        Assert.Empty(app.Logs.Errors);
    }

    [Fact]
    public async Task BrokenRecipe_OnPostgres_RollsBackEveryModule()
    {
        // One all-or-nothing proof on PostgreSQL, where each module has its own schema: roles, forums and goals
        // are written before the last step fails.
        var json = """
            { "name": "late-failure", "include": ["linkoping"], "steps": [ { "name": "Goals", "goals": [ { "slug": "x", "title": "" } ] } ] }
            """;
        var folder = RecipeFolderWith("late-failure", json);
        await using var app = await PortalApp.StartAsync(TestProvider.Postgres, recipe: null, settings: new Dictionary<string, string?> { ["Recipes:Path"] = folder });
        using var client = app.CreatePortalClient();

        var response = await client.SubmitFormAsync("/setup",
            [("Input.Recipe", "late-failure"), ("Input.AdminEmail", PortalApp.AdminEmail), ("Input.AdminPassword", PortalApp.AdminPassword)]);

        var (_, document) = await SetupTests.ReadAsync(client, response);
        Assert.Contains(document.ErrorMessages(), m => m.Contains("late-failure.recipe.json, steg 0 (Goals)", StringComparison.Ordinal) && m.Contains("goals[0].title", StringComparison.Ordinal));
        Assert.Equal(0, await DatabaseContents.CountRowsAsync(app));
    }

    /// <summary>A folder with the shipped recipes (for includes) and the one under test.</summary>
    private static string RecipeFolderWith(string name, string json)
    {
        var folder = Path.Combine(Path.GetTempPath(), "trygghet-recipes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var shipped in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes"), "*.recipe.json"))
        {
            File.Copy(shipped, Path.Combine(folder, Path.GetFileName(shipped)));
        }

        File.WriteAllText(Path.Combine(folder, name + RecipeLoader.Extension), json);
        return folder;
    }
}
