using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Geography;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.FollowUp.Recipes;

/// <summary>{ "name": "Areas", "areas": [ { "slug", "name" } ] }: geographic areas (stadsdelar), created or updated by slug.</summary>
internal sealed class AreasStep(FollowUpDbContext db) : RecipeStep<AreasStep.Input>
{
    public override string Name => "Areas";

    public override string ModuleName => FollowUpModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = await db.Areas.CountAsync(cancellationToken);
        for (var i = 0; i < data.Areas.Count; i++)
        {
            var input = data.Areas[i];
            var at = $"areas[{i}]";
            context.Require(Slug.IsValid(input.Slug), at + ".slug", "får bara innehålla a–z, 0–9 och bindestreck");
            context.Require(seen.Add(input.Slug), at + ".slug", $"\"{input.Slug}\" förekommer två gånger");
            context.Require(!string.IsNullOrWhiteSpace(input.Name) && input.Name.Length <= 200, at + ".name", "måste anges och ha högst 200 tecken");
            var area = await db.Areas.SingleOrDefaultAsync(a => a.Slug == input.Slug, cancellationToken);
            if (area is null)
            {
                area = new CityArea { Id = StableId.For("area", input.Slug), Slug = input.Slug, SortOrder = order++ };
                db.Areas.Add(area);
            }

            area.Name = input.Name.Trim();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed class Input
    {
        public required List<AreaInput> Areas { get; init; }
    }

    internal sealed class AreaInput
    {
        public required string Slug { get; init; }

        public required string Name { get; init; }
    }
}
