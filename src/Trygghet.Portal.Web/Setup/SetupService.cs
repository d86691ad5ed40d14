using Trygghet.Modules.Identity.Contracts;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Web.Site;

namespace Trygghet.Portal.Web.Setup;

/// <summary>Sets a site up from a recipe and creates its administrator, all or nothing: the recipe's steps,
/// the administrator and the site row are written in one transaction.</summary>
internal sealed class SetupService(
    RecipeLoader loader,
    RecipeExecutor executor,
    SiteService site,
    IPublicCache cache,
    SetupAnnouncement announcement,
    IClusterInvalidation cluster,
    TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<SetupResult> RunAsync(string recipeName, string adminEmail, string adminPassword, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (site.IsSetUp)
            {
                return SetupResult.Fail("Recipe", "Webbplatsen är redan installerad.");
            }

            var recipe = loader.Load(recipeName);
            await executor.ExecuteAsync(recipe, (services, state) => FinishAsync(services, state, recipe, adminEmail, adminPassword, cancellationToken), cancellationToken);
            await site.ReloadAsync(cancellationToken);
            // The other nodes would otherwise keep sending everyone to /setup.
            await cluster.PublishAsync(SiteInvalidation.Name, SiteState.SingletonId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
            // The recipe may have changed anything a public page shows (and the site's name and modules are new):
            // evicted after the reload, so nothing rendered with the state from before can stay behind.
            await cache.EvictAllAsync(cancellationToken);
            announcement.SetUp(recipeName, adminEmail);
            return SetupResult.Success;
        }
        catch (RecipeException ex)
        {
            return SetupResult.Fail("Recipe", ex.Message);
        }
        catch (AccountRejectedException ex)
        {
            return new SetupResult(ex.Problems.Select(p => (p.Field == "Password" ? "AdminPassword" : "AdminEmail", p.Message)).ToList());
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task FinishAsync(IServiceProvider services, RecipeExecutionState state, RecipeDocument recipe, string email, string password, CancellationToken cancellationToken)
    {
        var problems = await services.GetRequiredService<IAccountSetup>().CreateAdministratorAsync(email, password, cancellationToken);
        if (problems.Count > 0)
        {
            throw new AccountRejectedException(problems);
        }

        var identity = state.Items.TryGetValue(SiteStep.ItemKey, out var value) ? (SiteStep.Input)value : null;
        var db = services.GetRequiredService<SiteDbContext>();
        db.Sites.Add(new SiteState
        {
            SiteName = identity?.SiteName ?? SiteService.DefaultSiteName,
            Organisation = identity?.Organisation ?? string.Empty,
            ContactEmail = identity?.ContactEmail ?? email,
            RecipeName = recipe.Name,
            SetupCompletedAt = clock.GetUtcNow(),
            DisabledModules = [.. state.DisabledModules],
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed class AccountRejectedException(IReadOnlyList<AccountProblem> problems) : Exception("The administrator account was refused.")
    {
        public IReadOnlyList<AccountProblem> Problems { get; } = problems;
    }
}

/// <summary>Errors keyed by the setup form's field names (Recipe, AdminEmail, AdminPassword).</summary>
internal sealed record SetupResult(IReadOnlyList<(string Field, string Message)> Errors)
{
    public static readonly SetupResult Success = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static SetupResult Fail(string field, string message) => new([(field, message)]);
}
