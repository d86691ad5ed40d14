namespace Trygghet.Portal.Core.Recipes;

public sealed class RecipeOptions
{
    /// <summary>Folder of *.recipe.json files. Default: the recipes/ folder copied beside the host's binaries.</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "recipes");
}
