using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;
using Trygghet.Modules.Governance.Forums;
using Trygghet.Portal.Core.Recipes;

namespace Trygghet.Modules.Governance.Recipes;

/// <summary>{ "name": "Forums", "forums": [...] }: creates or updates forums by slug.</summary>
internal sealed class ForumsStep(GovernanceDbContext db) : RecipeStep<ForumsStep.Input>
{
    public override string Name => "Forums";

    public override string ModuleName => GovernanceModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Forums.Count; i++)
        {
            var input = data.Forums[i];
            var at = $"forums[{i}]";
            context.Require(seen.Add(input.Slug), at + ".slug", $"\"{input.Slug}\" förekommer två gånger");
            var forum = await db.Forums.SingleOrDefaultAsync(f => f.Slug == input.Slug, cancellationToken);
            if (forum is null)
            {
                forum = new Forum { Slug = input.Slug };
                db.Forums.Add(forum);
            }

            input.ApplyTo(forum, i);
            foreach (var (field, problem) in ForumRules.Check(forum))
            {
                throw context.Fail($"'{at}.{field}' {problem}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed class Input
    {
        public required List<ForumInput> Forums { get; init; }
    }

    internal sealed class ForumInput
    {
        public required string Slug { get; init; }

        public required string Name { get; init; }

        public required ForumKind Kind { get; init; }

        public required string Purpose { get; init; }

        public List<string> Tasks { get; init; } = [];

        public List<SeatInput> Seats { get; init; } = [];

        public FunctionsInput? Functions { get; init; }

        public FrequencyInput? MeetingsPerYear { get; init; }

        public string? Resources { get; init; }

        public void ApplyTo(Forum forum, int order)
        {
            forum.Name = Name.Trim();
            forum.Kind = Kind;
            forum.Purpose = Purpose.Trim();
            forum.Tasks = Tasks.Select(t => t.Trim()).ToList();
            forum.Seats = Seats.Select(s => new ForumSeat
            {
                Title = s.Title.Trim(),
                Kind = s.Kind,
                Count = s.Count,
                Organisation = s.Organisation,
                Condition = s.Condition,
            }).ToList();
            forum.Chair = Functions?.Chair;
            forum.Convener = Functions?.Convener;
            forum.Presenter = Functions?.Presenter;
            forum.Compiler = Functions?.Compiler;
            forum.Resources = Resources;
            forum.MinMeetingsPerYear = MeetingsPerYear?.Min;
            forum.MaxMeetingsPerYear = MeetingsPerYear?.Max;
            forum.MeetingFrequencyNote = MeetingsPerYear?.Note;
            forum.SortOrder = order;
        }
    }

    internal sealed class SeatInput
    {
        public required string Title { get; init; }

        public required SeatKind Kind { get; init; }

        public int Count { get; init; } = 1;

        public string? Organisation { get; init; }

        public string? Condition { get; init; }
    }

    internal sealed class FunctionsInput
    {
        public string? Chair { get; init; }

        public string? Convener { get; init; }

        public string? Presenter { get; init; }

        public string? Compiler { get; init; }
    }

    internal sealed class FrequencyInput
    {
        public int? Min { get; init; }

        public int? Max { get; init; }

        public string? Note { get; init; }
    }
}
