namespace Trygghet.Portal.Core.Recipes;

/// <summary>A recipe step a module owns ("Forums", "Roles", ...). Steps run inside the recipe's transaction.</summary>
public interface IRecipeStep
{
    /// <summary>The step's name as written in a recipe: { "name": "Forums", ... }.</summary>
    string Name { get; }

    string ModuleName { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
