using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.CitizenPromises.Recipes;

/// <summary>{ "name": "Promises", "agreements": [ … ], "sets": [ { "slug", …, "promises": [ { …, "followUps": [ … ] } ] } ] }:
/// creates or updates samverkansöverenskommelser (by slug) and medborgarlöften (by slug) with their promises and
/// follow-ups, whose ids are derived from the set's slug and their position so applying a recipe again updates them.
/// Everything is published unless it says <c>"published": false</c>; a recipe's publication is dated (the set's
/// start, a follow-up's date at noon Swedish time) so the public feed stays the same each time.</summary>
internal sealed class PromisesStep(CitizenPromisesDbContext db) : RecipeStep<PromisesStep.Input>
{
    private const string Publisher = "recept";

    public override string Name => "Promises";

    public override string ModuleName => CitizenPromisesModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var agreements = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var existing in await db.Agreements.Select(a => new { a.Slug, a.Id }).ToListAsync(cancellationToken))
        {
            agreements[existing.Slug] = existing.Id;
        }

        var seenAgreements = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Agreements.Count; i++)
        {
            var input = data.Agreements[i];
            var at = $"agreements[{i}]";
            context.Require(seenAgreements.Add(input.Slug), at + ".slug", $"\"{input.Slug}\" förekommer två gånger");
            var agreement = await db.Agreements.SingleOrDefaultAsync(a => a.Slug == input.Slug, cancellationToken);
            if (agreement is null)
            {
                agreement = new Agreement { Id = StableId($"agreement:{input.Slug}"), Slug = input.Slug };
                db.Agreements.Add(agreement);
            }

            agreement.Title = input.Title.Trim();
            agreement.PeriodFrom = input.From;
            agreement.PeriodTo = input.To;
            agreement.FocusProblems = Trim(input.FocusProblems);
            agreement.Causes = Blank(input.Causes);
            agreement.Goals = Trim(input.Goals);
            agreement.FollowUpMethod = Blank(input.FollowUp);
            agreement.SignedBy = Trim(input.SignedBy);
            agreement.SignedOn = input.SignedOn;
            agreement.DocumentUrl = Blank(input.DocumentUrl);
            Publish(agreement, input.Published, input.SignedOn ?? input.From);
            Fail(context, at, PromiseRules.Check(agreement));
            agreements[input.Slug] = agreement.Id;
        }

        var seenSets = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Sets.Count; i++)
        {
            var input = data.Sets[i];
            var at = $"sets[{i}]";
            context.Require(seenSets.Add(input.Slug), at + ".slug", $"\"{input.Slug}\" förekommer två gånger");
            Guid? agreementId = null;
            if (input.Agreement is not null)
            {
                context.Require(agreements.TryGetValue(input.Agreement, out var found), at + ".agreement", $"\"{input.Agreement}\" är ingen samverkansöverenskommelse (ange dess slug)");
                agreementId = found;
            }

            var set = await db.Sets.SingleOrDefaultAsync(s => s.Slug == input.Slug, cancellationToken);
            if (set is null)
            {
                set = new PromiseSet { Id = StableId($"set:{input.Slug}"), Slug = input.Slug };
                db.Sets.Add(set);
            }

            set.Title = input.Title.Trim();
            set.Area = input.Area.Trim();
            set.PeriodFrom = input.From;
            set.PeriodTo = input.To;
            set.Background = Blank(input.Background);
            set.Signatories = Trim(input.Signatories);
            set.AgreementId = agreementId;
            set.Report = Blank(input.Report);
            Publish(set, input.Published, input.From);
            Fail(context, at, PromiseRules.Check(set));

            for (var j = 0; j < input.Promises.Count; j++)
            {
                var promiseInput = input.Promises[j];
                var promiseAt = $"{at}.promises[{j}]";
                var id = StableId($"promise:{input.Slug}:{j}");
                var promise = await db.Promises.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
                if (promise is null)
                {
                    promise = new Promise { Id = id, SetId = set.Id };
                    db.Promises.Add(promise);
                }

                promise.SortOrder = j;
                promise.Text = promiseInput.Text.Trim();
                promise.Promisors = Trim(promiseInput.Promisors);
                promise.Activities = Trim(promiseInput.Activities);
                promise.SuccessMeasure = Blank(promiseInput.SuccessMeasure);
                promise.Status = promiseInput.Status;
                promise.Progress = promiseInput.Progress;
                promise.MeasureSlugs = Trim(promiseInput.Measures);
                Publish(promise, promiseInput.Published, input.From);
                Fail(context, promiseAt, PromiseRules.Check(promise));

                for (var k = 0; k < promiseInput.FollowUps.Count; k++)
                {
                    var followUpInput = promiseInput.FollowUps[k];
                    var followUpAt = $"{promiseAt}.followUps[{k}]";
                    var followUpId = StableId($"followup:{input.Slug}:{j}:{k}");
                    var followUp = await db.FollowUps.SingleOrDefaultAsync(f => f.Id == followUpId, cancellationToken);
                    if (followUp is null)
                    {
                        followUp = new PromiseFollowUp { Id = followUpId, PromiseId = promise.Id, CreatedBy = Publisher };
                        db.FollowUps.Add(followUp);
                    }

                    followUp.Date = followUpInput.Date;
                    followUp.Title = followUpInput.Title.Trim();
                    followUp.Text = followUpInput.Text.Trim();
                    followUp.Figures = followUpInput.Figures.Select(f => new FollowUpFigure { Label = f.Label.Trim(), Value = f.Value.Trim() }).ToList();
                    followUp.Images = followUpInput.Images.Select(m => new FollowUpImage { Url = m.Url.Trim(), Alt = m.Alt.Trim() }).ToList();
                    Publish(followUp, followUpInput.Published, followUpInput.Date);
                    Fail(context, followUpAt, PromiseRules.Check(followUp));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Fail(RecipeStepContext context, string at, IEnumerable<(string Field, string Problem)> problems)
    {
        foreach (var (field, problem) in problems)
        {
            throw context.Fail($"'{at}.{field}' {problem}");
        }
    }

    private static void Publish(IPublishable item, bool published, DateOnly on)
    {
        if (!published)
        {
            item.PublishedUtc = null;
            item.PublishedBy = null;
            return;
        }

        item.PublishedUtc = SwedishTime.FromLocal(on.ToDateTime(new TimeOnly(12, 0))).UtcDateTime;
        item.PublishedBy = Publisher;
    }

    /// <summary>A name-based id (SHA-256 of the key, shaped as an RFC 9562 version 8 UUID).</summary>
    internal static Guid StableId(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Trim(List<string> values) => values.Select(v => v.Trim()).ToList();

    internal sealed class Input
    {
        public List<AgreementInput> Agreements { get; init; } = [];

        public List<SetInput> Sets { get; init; } = [];
    }

    internal sealed class AgreementInput
    {
        public required string Slug { get; init; }

        public required string Title { get; init; }

        public required DateOnly From { get; init; }

        public required DateOnly To { get; init; }

        public List<string> FocusProblems { get; init; } = [];

        public string? Causes { get; init; }

        public List<string> Goals { get; init; } = [];

        public string? FollowUp { get; init; }

        public List<string> SignedBy { get; init; } = [];

        public DateOnly? SignedOn { get; init; }

        public string? DocumentUrl { get; init; }

        public bool Published { get; init; } = true;
    }

    internal sealed class SetInput
    {
        public required string Slug { get; init; }

        public required string Title { get; init; }

        public required string Area { get; init; }

        public required DateOnly From { get; init; }

        public required DateOnly To { get; init; }

        public string? Background { get; init; }

        public List<string> Signatories { get; init; } = [];

        /// <summary>The samverkansöverenskommelse's slug.</summary>
        public string? Agreement { get; init; }

        public string? Report { get; init; }

        public bool Published { get; init; } = true;

        public List<PromiseInput> Promises { get; init; } = [];
    }

    internal sealed class PromiseInput
    {
        public required string Text { get; init; }

        public required List<string> Promisors { get; init; }

        public List<string> Activities { get; init; } = [];

        public string? SuccessMeasure { get; init; }

        public PromiseStatus Status { get; init; }

        public int Progress { get; init; }

        /// <summary>Slugs of the action plan's measures.</summary>
        public List<string> Measures { get; init; } = [];

        public bool Published { get; init; } = true;

        public List<FollowUpInput> FollowUps { get; init; } = [];
    }

    internal sealed class FollowUpInput
    {
        public required DateOnly Date { get; init; }

        public required string Title { get; init; }

        public required string Text { get; init; }

        public List<FigureInput> Figures { get; init; } = [];

        public List<ImageInput> Images { get; init; } = [];

        public bool Published { get; init; } = true;
    }

    internal sealed class FigureInput
    {
        public required string Label { get; init; }

        public required string Value { get; init; }
    }

    internal sealed class ImageInput
    {
        public required string Url { get; init; }

        /// <summary>Required (may not be empty): an image without alternative text is refused.</summary>
        public required string Alt { get; init; }
    }
}
