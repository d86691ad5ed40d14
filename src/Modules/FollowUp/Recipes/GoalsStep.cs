using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Goals;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.FollowUp.Recipes;

/// <summary>{ "name": "Goals", "goals": [ { "slug", "title", "description" } ] }: creates or updates by slug.</summary>
internal sealed class GoalsStep(FollowUpDbContext db) : RecipeStep<GoalsStep.Input>
{
    public override string Name => "Goals";

    public override string ModuleName => FollowUpModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Goals.Count; i++)
        {
            var input = data.Goals[i];
            var at = $"goals[{i}]";
            context.Require(Slug.IsValid(input.Slug), at + ".slug", "får bara innehålla a–z, 0–9 och bindestreck");
            context.Require(seen.Add(input.Slug), at + ".slug", $"\"{input.Slug}\" förekommer två gånger");
            context.Require(!string.IsNullOrWhiteSpace(input.Title), at + ".title", "får inte vara tomt");
            context.Require(input.Title.Length <= 300, at + ".title", "får ha högst 300 tecken");
            var goal = await db.Goals.SingleOrDefaultAsync(g => g.Slug == input.Slug, cancellationToken);
            if (goal is null)
            {
                goal = new Goal { Slug = input.Slug };
                db.Goals.Add(goal);
            }

            goal.Title = input.Title.Trim();
            goal.Description = input.Description?.Trim();
            goal.SortOrder = i;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed class Input
    {
        public required List<GoalInput> Goals { get; init; }
    }

    internal sealed class GoalInput
    {
        public required string Slug { get; init; }

        public required string Title { get; init; }

        public string? Description { get; init; }
    }
}
