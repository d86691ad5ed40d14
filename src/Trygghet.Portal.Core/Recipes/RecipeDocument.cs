using System.Text.Json;

namespace Trygghet.Portal.Core.Recipes;

/// <summary>A loaded recipe with its includes expanded: the steps in the order they run.</summary>
public sealed record RecipeDocument(string Name, string DisplayName, string Description, IReadOnlyList<RecipeStepEntry> Steps);

/// <summary>One step as written, with the file and index it came from (for error messages).</summary>
public sealed record RecipeStepEntry(string FileName, int Index, string Name, JsonElement Data);

/// <summary>A recipe offered on the setup page.</summary>
public sealed record RecipeSummary(string Name, string DisplayName, string Description);
