using System.Text.Json;

namespace Trygghet.Portal.Core.Recipes;

/// <summary>What a running step knows: where it stands in which file, its data, and the scope's services
/// (whose DbContexts are enlisted in the recipe's transaction).</summary>
public sealed class RecipeStepContext(RecipeStepEntry entry, IServiceProvider services, RecipeExecutionState state)
{
    public string FileName => entry.FileName;

    public int Index => entry.Index;

    public string StepName => entry.Name;

    public JsonElement Data => entry.Data;

    public IServiceProvider Services { get; } = services;

    public RecipeExecutionState State { get; } = state;

    /// <summary>Builds the exception that stops the recipe, naming file, step and <paramref name="problem"/>.</summary>
    public RecipeException Fail(string problem) => new(FileName, Index, StepName, problem);

    /// <summary>Fails the recipe at <paramref name="field"/> unless <paramref name="condition"/> holds.</summary>
    public void Require(bool condition, string field, string problem)
    {
        if (!condition)
        {
            throw Fail($"'{field}' {problem}");
        }
    }
}
