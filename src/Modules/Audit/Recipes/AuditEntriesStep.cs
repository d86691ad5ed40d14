using Trygghet.Modules.Audit.Data;
using Trygghet.Modules.Audit.Entries;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Recipes;

namespace Trygghet.Modules.Audit.Recipes;

/// <summary>{ "name": "AuditEntries", "entries": [ { "occurred": "2026-03-12T10:15:00Z", "category": "sign-in",
/// "action": "…", "actor": "…" } ] }: appends history carried over from an earlier system (or a demo's). Like
/// everything else that writes here it only appends; applying a recipe twice appends twice.</summary>
internal sealed class AuditEntriesStep(AuditDbContext db) : RecipeStep<AuditEntriesStep.Input>
{
    public override string Name => "AuditEntries";

    public override string ModuleName => AuditModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        for (var i = 0; i < data.Entries.Count; i++)
        {
            var input = data.Entries[i];
            var at = $"entries[{i}]";
            context.Require(AuditCategories.All.Contains(input.Category), at + ".category", "måste vara en av " + string.Join(", ", AuditCategories.All));
            context.Require(!string.IsNullOrWhiteSpace(input.Action) && input.Action.Length <= AuditDbContext.ActionLength, at + ".action", $"måste anges, högst {AuditDbContext.ActionLength} tecken");
            context.Require(!string.IsNullOrWhiteSpace(input.Actor) && input.Actor.Length <= AuditDbContext.ActorLength, at + ".actor", $"måste anges, högst {AuditDbContext.ActorLength} tecken");
            context.Require(input.Subject is null || input.Subject.Length <= AuditDbContext.SubjectLength, at + ".subject", $"får vara högst {AuditDbContext.SubjectLength} tecken");
            db.Entries.Add(new AuditEntry
            {
                OccurredUtc = input.Occurred.UtcDateTime,
                Category = input.Category,
                Action = input.Action.Trim(),
                Subject = input.Subject?.Trim(),
                Actor = input.Actor.Trim(),
                RemoteAddress = input.RemoteAddress,
                Succeeded = input.Succeeded,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed class Input
    {
        public required List<EntryInput> Entries { get; init; }
    }

    internal sealed class EntryInput
    {
        public required DateTimeOffset Occurred { get; init; }

        public required string Category { get; init; }

        public required string Action { get; init; }

        public string? Subject { get; init; }

        public required string Actor { get; init; }

        public string? RemoteAddress { get; init; }

        public bool Succeeded { get; init; } = true;
    }
}
