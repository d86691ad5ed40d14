using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Modules;

namespace Trygghet.Portal.Core.Recipes;

/// <summary>Runs a recipe all or nothing: every step is resolved before anything is written, then all steps
/// run in one transaction on the scope's shared connection, which every module DbContext joins. A recipe can change
/// anything public pages show: the caller evicts the whole public cache once it has committed (setup does).</summary>
public sealed partial class RecipeExecutor(
    IServiceScopeFactory scopes,
    ModuleDatabases databases,
    ISiteModules modules,
    ILogger<RecipeExecutor> logger)
{
    /// <param name="finish">Runs last, inside the same transaction (setup creates the administrator here).</param>
    public async Task ExecuteAsync(
        RecipeDocument recipe,
        Func<IServiceProvider, RecipeExecutionState, Task>? finish,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var plan = Resolve(recipe, services.GetServices<IRecipeStep>(), modules.NotLoaded);

        var connection = services.GetRequiredService<PortalConnection>();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var database in databases.All)
        {
            await ((DbContext)services.GetRequiredService(database.ContextType)).Database
                .UseTransactionAsync(transaction, cancellationToken);
        }

        var state = new RecipeExecutionState();
        foreach (var (entry, step) in plan)
        {
            if (state.DisabledModules.Contains(step.ModuleName))
            {
                throw new RecipeException(entry.FileName, entry.Index, entry.Name,
                    $"steget hör till modulen {step.ModuleName}, som receptet har stängt av");
            }

            await RunAsync(entry, () => step.ExecuteAsync(new RecipeStepContext(entry, services, state), cancellationToken));
        }

        if (finish is not null)
        {
            await finish(services, state);
        }

        await transaction.CommitAsync(cancellationToken);
        LogApplied(logger, recipe.Name, plan.Count);
    }

    private static List<(RecipeStepEntry Entry, IRecipeStep Step)> Resolve(RecipeDocument recipe, IEnumerable<IRecipeStep> known, IReadOnlyList<string> notLoaded)
    {
        var byName = known.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var plan = new List<(RecipeStepEntry, IRecipeStep)>();
        foreach (var entry in recipe.Steps)
        {
            if (!byName.TryGetValue(entry.Name, out var step))
            {
                // A step of a module switched off in configuration is unknown too: the module is not loaded.
                var switchedOff = notLoaded.Count == 0 ? string.Empty : $". Moduler avstängda i konfigurationen: {string.Join(", ", notLoaded)}";
                throw new RecipeException(entry.FileName, entry.Index, entry.Name,
                    $"okänt steg. Kända steg: {string.Join(", ", byName.Keys.Order(StringComparer.Ordinal))}{switchedOff}");
            }

            plan.Add((entry, step));
        }

        return plan;
    }

    private static async Task RunAsync(RecipeStepEntry entry, Func<Task> run)
    {
        try
        {
            await run();
        }
        catch (DbUpdateException ex)
        {
            throw new RecipeException(entry.FileName, entry.Index, entry.Name,
                "databasen vägrade spara: " + (ex.InnerException?.Message ?? ex.Message));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recipe {Recipe} applied: {Steps} steps")]
    private static partial void LogApplied(ILogger logger, string recipe, int steps);
}
