using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Trygghet.Portal.Core.Recipes;

/// <summary>A step whose data is read strictly into <typeparamref name="TData"/>: an unknown field, a missing
/// required field or a value of the wrong type fails with the JSON path of the field.</summary>
public abstract partial class RecipeStep<TData> : IRecipeStep where TData : class
{
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public abstract string Name { get; }

    public abstract string ModuleName { get; }

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        ExecuteAsync(Read(context), context, cancellationToken);

    protected abstract Task ExecuteAsync(TData data, RecipeStepContext context, CancellationToken cancellationToken);

    private static TData Read(RecipeStepContext context)
    {
        var node = JsonNode.Parse(context.Data.GetRawText())!.AsObject();
        node.Remove("name");
        if (FirstNullInList(node, string.Empty) is { } path)
        {
            // Nullable annotations are not enforced on list elements, and no recipe list has room for a null.
            throw context.Fail($"'{path}' får inte vara null");
        }

        try
        {
            return node.Deserialize<TData>(Strict) ?? throw context.Fail("steget saknar data");
        }
        catch (JsonException ex)
        {
            throw context.Fail(Describe(ex));
        }
    }

    private static string? FirstNullInList(JsonNode? node, string path) => node switch
    {
        JsonArray array => array.Select((item, i) => item is null ? $"{path}[{i}]" : FirstNullInList(item, $"{path}[{i}]")).FirstOrDefault(p => p is not null),
        JsonObject obj => obj.Select(p => FirstNullInList(p.Value, path.Length == 0 ? p.Key : $"{path}.{p.Key}")).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static string Describe(JsonException ex)
    {
        var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "steget" : $"'{ex.Path.TrimStart('$', '.')}'";
        // System.Text.Json names the type and the property in quotes: "... type 'X' ... properties including: 'title'"
        // and "The JSON property 'colour' could not be mapped ... type 'X'".
        var quoted = QuotedName().Matches(ex.Message);
        var message = ex.Message;
        if (message.Contains("missing required properties", StringComparison.Ordinal) && quoted.Count > 0)
        {
            return $"{path} saknar det obligatoriska fältet '{quoted[^1].Groups[1].Value}'";
        }

        if (message.Contains("could not be mapped", StringComparison.Ordinal) && quoted.Count > 0)
        {
            return $"{path} har det okända fältet '{quoted[0].Groups[1].Value}'";
        }

        if (message.Contains("null", StringComparison.OrdinalIgnoreCase))
        {
            return $"fältet {path} får inte vara tomt (null)";
        }

        return $"fältet {path} har ett värde av fel typ eller format";
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedName();
}
