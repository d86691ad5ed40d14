using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.FollowUp.Recipes;

/// <summary>{ "name": "MeasureStatuses", "statuses": [ { "key", "name", "defaultProgress", "final" } ] }: the statuses a measure
/// can have, in order, created or updated by key.</summary>
internal sealed class MeasureStatusesStep(FollowUpDbContext db) : RecipeStep<MeasureStatusesStep.Input>
{
    public override string Name => "MeasureStatuses";

    public override string ModuleName => FollowUpModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Statuses.Count; i++)
        {
            var input = data.Statuses[i];
            var at = $"statuses[{i}]";
            context.Require(Slug.IsValid(input.Key) && input.Key.Length <= 40, at + ".key", "får bara innehålla a–z, 0–9 och bindestreck (högst 40 tecken)");
            context.Require(seen.Add(input.Key), at + ".key", $"\"{input.Key}\" förekommer två gånger");
            context.Require(!string.IsNullOrWhiteSpace(input.Name) && input.Name.Length <= 100, at + ".name", "måste anges och ha högst 100 tecken");
            context.Require(input.DefaultProgress is null or (>= 0 and <= 100), at + ".defaultProgress", "måste vara mellan 0 och 100");
            var status = await db.Statuses.SingleOrDefaultAsync(s => s.Key == input.Key, cancellationToken);
            if (status is null)
            {
                status = new MeasureStatus { Id = StableId.For("status", input.Key), Key = input.Key };
                db.Statuses.Add(status);
            }

            status.Name = input.Name.Trim();
            status.DefaultProgress = input.DefaultProgress;
            status.IsFinal = input.Final;
            status.SortOrder = i;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed class Input
    {
        public required List<StatusInput> Statuses { get; init; }
    }

    internal sealed class StatusInput
    {
        public required string Key { get; init; }

        public required string Name { get; init; }

        public int? DefaultProgress { get; init; }

        /// <summary>No more reports are expected from a measure with this status.</summary>
        public bool Final { get; init; }
    }
}
