using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Trygghet.Portal.Core.Recipes;

/// <summary>Keeps a recipe's sample content alive in any year (docs/adr/0020). A recipe that says
/// <c>"datesWrittenFor": "2026-12-01"</c> is written as if setup happened on that day; at setup every date in it moves
/// by whole weeks (meetings keep their weekday) so that day falls in the week of setup, and every year it names moves by
/// as many years as that day moved. Held meetings stay in the past with their protokoll, planned ones in the future, and
/// the medborgarlöfte in force stays current. A recipe without the field is applied exactly as written.</summary>
public sealed partial class RecipeDates
{
    public const string Property = "datesWrittenFor";

    // Fields whose text is data, not prose: an image's bytes may spell "2026" by chance.
    private static readonly HashSet<string> Verbatim = new(StringComparer.Ordinal) { "base64", "password", "secretFrom" };

    private RecipeDates(int days, int years)
    {
        Days = days;
        Years = years;
    }

    /// <summary>Days every date moves (a multiple of seven).</summary>
    public int Days { get; }

    /// <summary>Years every named year moves: the year of setup less the year the recipe is written for, so what is
    /// named for the current year ("Medborgarlöfte 2026") is named for the year of setup.</summary>
    public int Years { get; }

    public static RecipeDates None { get; } = new(0, 0);

    public static RecipeDates For(DateOnly writtenFor, DateOnly today)
    {
        var weeks = (int)Math.Round((today.DayNumber - writtenFor.DayNumber) / 7.0, MidpointRounding.AwayFromZero);
        var days = weeks * 7;
        return new RecipeDates(days, writtenFor.AddDays(days).Year - writtenFor.Year);
    }

    /// <summary>The step's data with its dates and years moved; the same element when nothing moves.</summary>
    public JsonElement Shift(JsonElement data)
    {
        if (Days == 0 && Years == 0)
        {
            return data;
        }

        var node = JsonNode.Parse(data.GetRawText())!;
        ShiftNode(node, propertyName: null);
        return JsonSerializer.SerializeToElement(node);
    }

    /// <summary>Moves every ISO date (alone, with a time, or inside text such as "Trygghetsrådet 2026-01-20 § 3") by
    /// <see cref="Days"/>, then every other year 2000–2099 in text by <see cref="Years"/> ("KS 2026-0107",
    /// "linkoping-2026", "2026–2027"). A law's number ("2023:196") is not a year of the content and stays.</summary>
    public string ShiftText(string text) =>
        DateOrYear().Replace(text, match => match.Groups["date"].Success
            ? DateOnly.ParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(Days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : (int.Parse(match.Value, CultureInfo.InvariantCulture) + Years).ToString(CultureInfo.InvariantCulture));

    /// <summary>Moves the strings and years of a parsed step in place; only leaves are replaced.</summary>
    private void ShiftNode(JsonNode? node, string? propertyName)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is JsonValue value)
                    {
                        obj[name] = ShiftValue(value, name);
                    }
                    else
                    {
                        ShiftNode(child, name);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value)
                    {
                        array[i] = ShiftValue(value, propertyName);
                    }
                    else
                    {
                        ShiftNode(array[i], propertyName);
                    }
                }

                break;
        }
    }

    private JsonNode ShiftValue(JsonValue value, string? propertyName)
    {
        if (value.TryGetValue<string>(out var text))
        {
            return propertyName is not null && Verbatim.Contains(propertyName) ? value.DeepClone() : JsonValue.Create(ShiftText(text));
        }

        return propertyName == "year" && value.TryGetValue<int>(out var year) ? JsonValue.Create(year + Years) : value.DeepClone();
    }

    // A whole ISO date first (it moves by days); otherwise a year standing alone (it moves by years).
    [GeneratedRegex(@"(?<date>(?<![\p{L}\p{N}])20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\p{N}))|(?<![\p{L}\p{N}])20\d\d(?![\p{L}\p{N}]|:\d)")]
    private static partial Regex DateOrYear();
}
