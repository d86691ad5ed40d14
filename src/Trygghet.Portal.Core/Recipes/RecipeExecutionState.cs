namespace Trygghet.Portal.Core.Recipes;

/// <summary>What earlier steps of the running recipe decided that later steps must respect.</summary>
public sealed class RecipeExecutionState
{
    public ISet<string> DisabledModules { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Values a step leaves for the end of the recipe (the site's name, for setup).</summary>
    public IDictionary<string, object> Items { get; } = new Dictionary<string, object>(StringComparer.Ordinal);
}
