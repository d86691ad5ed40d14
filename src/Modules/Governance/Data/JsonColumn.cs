using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Trygghet.Modules.Governance.Data;

/// <summary>A list saved as one JSON value of its row (a meeting's agenda, a protokoll's attendance): enums by
/// name so the data reads on its own. Compared by content, so editing an element in place changes the row,
/// and the row's version guards the whole list against a second editor.</summary>
internal static class JsonColumn<T>
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static readonly ValueConverter<List<T>, string> Converter = new(
        items => JsonSerializer.Serialize(items, Options),
        json => JsonSerializer.Deserialize<List<T>>(json, Options) ?? new List<T>());

    public static readonly ValueComparer<List<T>> Comparer = new(
        (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
        items => JsonSerializer.Serialize(items, Options).GetHashCode(StringComparison.Ordinal),
        items => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(items, Options), Options)!);
}
