using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.FollowUp.Recipes;

/// <summary>{ "name": "ResponsibleBodies", "bodies": [ { "slug", "name", "kind", "reporters": ["e-post"] } ] }:
/// nämnder, förvaltningar, bolag and partners that own measures, created or updated by slug. <c>reporters</c>, when
/// given, replaces the list of people who may report on the body's measures.</summary>
internal sealed class ResponsibleBodiesStep(FollowUpDbContext db) : RecipeStep<ResponsibleBodiesStep.Input>
{
    public override string Name => "ResponsibleBodies";

    public override string ModuleName => FollowUpModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = await db.ResponsibleBodies.CountAsync(cancellationToken);
        for (var i = 0; i < data.Bodies.Count; i++)
        {
            var input = data.Bodies[i];
            var at = $"bodies[{i}]";
            context.Require(Slug.IsValid(input.Slug), at + ".slug", "får bara innehålla a–z, 0–9 och bindestreck");
            context.Require(seen.Add(input.Slug), at + ".slug", $"\"{input.Slug}\" förekommer två gånger");
            context.Require(!string.IsNullOrWhiteSpace(input.Name) && input.Name.Length <= 200, at + ".name", "måste anges och ha högst 200 tecken");
            context.Require(Enum.IsDefined(input.Kind), at + ".kind", "måste vara Forvaltning, Namnd, Bolag eller Partner");
            var reporters = input.Reporters?.Select(r => r.Trim().ToLowerInvariant()).ToList();
            for (var r = 0; r < (reporters?.Count ?? 0); r++)
            {
                context.Require(reporters![r].Contains('@', StringComparison.Ordinal) && reporters[r].Length <= 256, $"{at}.reporters[{r}]", "måste vara en e-postadress");
            }

            var body = await db.ResponsibleBodies.SingleOrDefaultAsync(b => b.Slug == input.Slug, cancellationToken);
            if (body is null)
            {
                body = new ResponsibleBody { Id = StableId.For("body", input.Slug), Slug = input.Slug, SortOrder = order++ };
                db.ResponsibleBodies.Add(body);
            }

            body.Name = input.Name.Trim();
            body.Kind = input.Kind;
            if (reporters is not null)
            {
                body.Reporters = reporters.Distinct(StringComparer.Ordinal).ToList();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed class Input
    {
        public required List<BodyInput> Bodies { get; init; }
    }

    internal sealed class BodyInput
    {
        public required string Slug { get; init; }

        public required string Name { get; init; }

        public required BodyKind Kind { get; init; }

        public List<string>? Reporters { get; init; }
    }
}
