using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Portal.Core.Recipes;

/// <summary>Reads recipes/{name}.recipe.json, checks its shape and expands "include" (demo includes linkoping). A file's
/// dates move to the day of loading when it says for which day they are written (<see cref="RecipeDates"/>).</summary>
public sealed class RecipeLoader(IOptions<RecipeOptions> options, TimeProvider clock)
{
    public const string Extension = ".recipe.json";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    public string Folder => options.Value.Path;

    public IReadOnlyList<RecipeSummary> List()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var summaries = new List<RecipeSummary>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*" + Extension).Order(StringComparer.Ordinal))
        {
            try
            {
                using var document = Parse(file);
                var root = document.RootElement;
                summaries.Add(new RecipeSummary(
                    NameOf(file),
                    root.ValueKind == JsonValueKind.Object ? OptionalString(root, "displayName") ?? NameOf(file) : NameOf(file),
                    root.ValueKind == JsonValueKind.Object ? OptionalString(root, "description") ?? string.Empty : string.Empty));
            }
            catch (RecipeException ex)
            {
                // Listed anyway, with its problem: choosing it reports the same error with the whole context.
                summaries.Add(new RecipeSummary(NameOf(file), NameOf(file), ex.Message));
            }
        }

        return summaries;
    }

    public bool Exists(string name) => IsSafeName(name) && File.Exists(PathOf(name));

    public RecipeDocument Load(string name)
    {
        if (!IsSafeName(name))
        {
            throw new RecipeException(name + Extension, null, null, "receptets namn får bara innehålla a–z, 0–9, '-' och '_'");
        }

        return Load(PathOf(name), new Stack<string>());
    }

    private RecipeDocument Load(string path, Stack<string> including)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new RecipeException(fileName, null, null, "filen finns inte i " + Folder);
        }

        using var document = Parse(path);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new RecipeException(fileName, null, null, "roten måste vara ett JSON-objekt");
        }

        var name = OptionalString(root, "name");
        if (name != NameOf(path))
        {
            throw new RecipeException(fileName, null, null, $"fältet 'name' måste vara \"{NameOf(path)}\" (filens namn)");
        }

        including.Push(name);
        var steps = new List<RecipeStepEntry>();
        foreach (var include in Includes(root, fileName))
        {
            if (including.Contains(include, StringComparer.Ordinal))
            {
                throw new RecipeException(fileName, null, null, $"'include' bildar en cirkel via \"{include}\"");
            }

            if (!IsSafeName(include) || !File.Exists(PathOf(include)))
            {
                throw new RecipeException(fileName, null, null, $"'include' nämner receptet \"{include}\", som inte finns");
            }

            steps.AddRange(Load(PathOf(include), including).Steps);
        }

        including.Pop();
        var dates = DatesOf(root, fileName);
        steps.AddRange(Steps(root, fileName).Select(step => step with { Data = dates.Shift(step.Data) }));
        return new RecipeDocument(
            name,
            OptionalString(root, "displayName") ?? name,
            OptionalString(root, "description") ?? string.Empty,
            steps);
    }

    private static IEnumerable<string> Includes(JsonElement root, string fileName)
    {
        if (!root.TryGetProperty("include", out var include))
        {
            return [];
        }

        if (include.ValueKind != JsonValueKind.Array || include.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            throw new RecipeException(fileName, null, null, "'include' måste vara en lista med receptnamn");
        }

        return include.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    private RecipeDates DatesOf(JsonElement root, string fileName)
    {
        if (!root.TryGetProperty(RecipeDates.Property, out var value))
        {
            return RecipeDates.None;
        }

        if (value.ValueKind != JsonValueKind.String ||
            !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var writtenFor))
        {
            throw new RecipeException(fileName, null, null, $"'{RecipeDates.Property}' måste vara ett datum, till exempel \"2026-12-01\"");
        }

        return RecipeDates.For(writtenFor, SwedishTime.Today(clock));
    }

    private static List<RecipeStepEntry> Steps(JsonElement root, string fileName)
    {
        if (!root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException(fileName, null, null, "fältet 'steps' saknas eller är inte en lista");
        }

        var entries = new List<RecipeStepEntry>();
        var index = 0;
        foreach (var step in steps.EnumerateArray())
        {
            if (step.ValueKind != JsonValueKind.Object)
            {
                throw new RecipeException(fileName, index, null, "ett steg måste vara ett JSON-objekt");
            }

            var stepName = OptionalString(step, "name");
            if (string.IsNullOrWhiteSpace(stepName))
            {
                throw new RecipeException(fileName, index, null, "fältet 'name' saknas");
            }

            // Clone: the document is disposed when loading ends, the step data lives on.
            entries.Add(new RecipeStepEntry(fileName, index, stepName, step.Clone()));
            index++;
        }

        return entries;
    }

    private static JsonDocument Parse(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path), DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            throw new RecipeException(Path.GetFileName(path), null, null, $"ogiltig JSON på rad {line}, kolumn {column}");
        }
    }

    private static string? OptionalString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private string PathOf(string name) => Path.Combine(Folder, name + Extension);

    private static string NameOf(string path) => Path.GetFileName(path)[..^Extension.Length];

    private static bool IsSafeName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');
}
