using System.Text.Json;
using Npgsql;
using Trygghet.Modules.Content.Search;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Content.Tests;

/// <summary>The search stems words in C# so that it finds the same things on SQLite and PostgreSQL. That is only
/// true if the C# stemmer is PostgreSQL's own `swedish` configuration (Snowball): this compares the two on every
/// word of the demo recipe's Swedish text.</summary>
public sealed class StemmerParityTests
{
    [Fact]
    public async Task SwedishStemmer_GivesEveryDemoWordTheStemOfPostgresSwedishConfiguration()
    {
        TestProvider.EnsureAvailable(TestProvider.Postgres);
        var words = DemoWords();
        Assert.True(words.Count > 1000, $"Only {words.Count} words read from the demo recipe.");

        await using var connection = new NpgsqlConnection(TestProvider.PostgresConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        // ts_lexize gives the swedish_stem dictionary's stem, or an empty array for a stop word (which PostgreSQL
        // would not index, and which our search does not need to agree on).
        await using var command = new NpgsqlCommand("select w, (ts_lexize('swedish_stem', w))[1] from unnest(@words) as w", connection);
        command.Parameters.AddWithValue("words", words.ToArray());
        var differences = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            if (reader.IsDBNull(1))
            {
                continue;
            }

            var (word, expected) = (reader.GetString(0), reader.GetString(1));
            if (SwedishStemmer.Stem(word) is var actual && actual != expected)
            {
                differences.Add($"{word}: {actual} ≠ {expected}");
            }
        }

        Assert.True(differences.Count == 0, "Stems differing from PostgreSQL's swedish configuration: " + string.Join("; ", differences));
    }

    private static IReadOnlyList<string> DemoWords()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Trygghet.Portal.sln")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.FullName, "recipes", "demo.recipe.json")));
        var words = new SortedSet<string>(StringComparer.Ordinal);
        Collect(recipe.RootElement, words);
        return words.ToList();
    }

    private static void Collect(JsonElement element, ISet<string> words)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, words);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, words);
                }

                break;
            case JsonValueKind.String:
                foreach (var (word, _, _) in SiteSearch.Words(element.GetString()!).Where(w => w.Word.All(char.IsLetter)))
                {
                    words.Add(word);
                }

                break;
        }
    }
}
