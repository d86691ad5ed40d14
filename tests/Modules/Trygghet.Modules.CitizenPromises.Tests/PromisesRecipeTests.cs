using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.CitizenPromises.Tests;

/// <summary>The Promises recipe step reads strictly and applies the same rules as the back office: a broken
/// promise stops the setup with a message naming the file, the step and the field.</summary>
public sealed class PromisesRecipeTests
{
    private const string Set = """{ "slug": "s-2026", "title": "S", "area": "Ryd", "from": "2026-01-01", "to": "2026-12-31", "promises": [ PROMISE ] }""";
    private const string Promise = """{ "text": "Vi lovar", "promisors": ["Polisen"], "status": "Pagar", "progress": 10 }""";

    public static TheoryData<string, string> Broken() => new()
    {
        { Set.Replace("PROMISE", Promise.Replace("\"progress\": 10", "\"progress\": 150", StringComparison.Ordinal), StringComparison.Ordinal), "'sets[0].promises[0].progress' måste vara ett heltal från 0 till 100" },
        { Set.Replace("PROMISE", Promise.Replace("[\"Polisen\"]", "[]", StringComparison.Ordinal), StringComparison.Ordinal), "'sets[0].promises[0].promisors' måste anges" },
        { Set.Replace("\"to\": \"2026-12-31\"", "\"to\": \"2025-12-31\"", StringComparison.Ordinal).Replace("PROMISE", Promise, StringComparison.Ordinal), "'sets[0].to' får inte vara före periodens början" },
        { Set.Replace("PROMISE", Promise.Replace(" }", ", \"followUps\": [ { \"date\": \"2026-03-01\", \"title\": \"T\", \"text\": \"X\", \"images\": [ { \"url\": \"/a.jpg\", \"alt\": \"\" } ] } ] }", StringComparison.Ordinal), StringComparison.Ordinal), "'sets[0].promises[0].followUps[0].images[0].alt' måste anges" },
        { Set.Replace("PROMISE", Promise.Replace("\"Pagar\"", "\"Klart\"", StringComparison.Ordinal), StringComparison.Ordinal), "'sets[0].promises[0].status'" },
        { Set.Replace("PROMISE", Promise.Replace("\"text\"", "\"colour\": \"red\", \"text\"", StringComparison.Ordinal), StringComparison.Ordinal), "okända fältet 'colour'" },
        { Set.Replace("\"area\": \"Ryd\", ", "\"agreement\": \"finns-inte\", \"area\": \"Ryd\", ", StringComparison.Ordinal).Replace("PROMISE", Promise, StringComparison.Ordinal), "'sets[0].agreement' \"finns-inte\" är ingen samverkansöverenskommelse" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task BrokenPromisesStep_StopsSetupNamingFileStepAndField(string set, string expected)
    {
        var folder = Path.Combine(Path.GetTempPath(), "trygghet-recipes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "trasig.recipe.json"), $$"""{ "name": "trasig", "steps": [ { "name": "Promises", "sets": [ {{set}} ] } ] }""");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            PortalApp.StartAsync(recipe: "trasig", settings: new Dictionary<string, string?> { ["Recipes:Path"] = folder }));

        var message = failure.ToString();
        Assert.Contains("trasig.recipe.json", message, StringComparison.Ordinal);
        Assert.Contains("steg 0 (Promises)", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_NameEachBrokenField()
    {
        var promise = new Promise { Text = " ", Promisors = [], Progress = 101, MeasureSlugs = ["Inte En Slug"] };
        Assert.Equal(["text", "promisors", "progress", "measures"], PromiseRules.Check(promise).Select(p => p.Field));
        var set = new PromiseSet { Slug = "ok-2026", Title = "T", Area = "A", PeriodFrom = new DateOnly(2026, 2, 1), PeriodTo = new DateOnly(2026, 1, 31) };
        Assert.Equal([("to", "får inte vara före periodens början")], PromiseRules.Check(set));
        var followUp = new PromiseFollowUp { Date = new DateOnly(2026, 1, 1), Title = "T", Text = "X", Images = [new FollowUpImage { Url = "javascript:alert(1)", Alt = "Bild" }] };
        Assert.Equal(["images[0].url"], PromiseRules.Check(followUp).Select(p => p.Field));
        Assert.True(PromiseRules.IsLink("/bilder/a.jpg"));
        Assert.False(PromiseRules.IsLink("//evil.example/a.jpg"));
    }
}
