using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Trygghet.Modules.Governance.Meetings;

namespace Trygghet.Modules.Governance.Data;

/// <summary>How a meeting's agenda is stored: a JSON array, enums by name so the data reads on its own.</summary>
internal static class AgendaJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static readonly ValueConverter<List<AgendaItem>, string> Converter = new(
        items => JsonSerializer.Serialize(items, Options),
        json => JsonSerializer.Deserialize<List<AgendaItem>>(json, Options) ?? new List<AgendaItem>());

    /// <summary>Compares by content, so editing an item in place is seen as a change of the meeting.</summary>
    public static readonly ValueComparer<List<AgendaItem>> Comparer = new(
        (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
        items => JsonSerializer.Serialize(items, Options).GetHashCode(StringComparison.Ordinal),
        items => JsonSerializer.Deserialize<List<AgendaItem>>(JsonSerializer.Serialize(items, Options), Options)!);
}
