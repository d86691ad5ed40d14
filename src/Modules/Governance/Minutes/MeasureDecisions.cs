using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.Governance.Data;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Governance.Minutes;

/// <summary>The public decisions that concern a measure, for its page in FollowUp. Only what /beslut shows leaves
/// here: justerade (or omedelbart justerade) Offentlig paragraphs.</summary>
/// <remarks>The measure directory is FollowUp's: without that module there is nothing to link to.</remarks>
internal sealed class MeasureDecisions(GovernanceDbContext db, IEnumerable<IMeasureDirectory> directories) : IMeasureDecisionSource
{
    public const int MaxMeasures = 20;

    public async Task<IReadOnlyList<MeasureDecision>> PublicDecisionsAsync(string measureSlug, CancellationToken cancellationToken)
    {
        var linked = await (from link in db.ParagraphMeasures.AsNoTracking()
                            where link.MeasureSlug == measureSlug
                            join paragraph in db.Paragraphs.AsNoTracking() on link.ParagraphId equals paragraph.Id
                            select new { paragraph.MeetingId, paragraph.Number }).ToListAsync(cancellationToken);
        if (linked.Count == 0)
        {
            return [];
        }

        var keys = linked.Select(l => (l.MeetingId, l.Number)).ToHashSet();
        return (await db.PublicDecisionsAsync(cancellationToken, linked.Select(l => l.MeetingId).Distinct().ToList()))
            .Where(d => keys.Contains((d.MeetingId, d.Paragraph.Number)))
            .OrderByDescending(d => d.MeetingDay).ThenByDescending(d => d.Paragraph.Number)
            .Select(d => new MeasureDecision(DecisionCitation.Of(d.ForumName, d.MeetingDay, d.Paragraph.Number), d.Paragraph.Title ?? string.Empty, d.Path, d.MeetingDay))
            .ToList();
    }

    /// <summary>Parses the form's "slug, slug" list: each must be a public measure, since only those can be shown.</summary>
    public async Task<(IReadOnlyList<string> Slugs, string? Problem)> ParseAsync(string? text, CancellationToken cancellationToken)
    {
        var slugs = (text ?? string.Empty).Split([',', ';', ' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        if (slugs.Count > MaxMeasures)
        {
            return (slugs, $"Högst {MaxMeasures} åtgärder.");
        }

        if (slugs.FirstOrDefault(s => !Slug.IsValid(s)) is { } bad)
        {
            return (slugs, $"\"{bad}\" är inget adressnamn.");
        }

        if (slugs.Count == 0)
        {
            return (slugs, null);
        }

        if (directories.FirstOrDefault() is not { } measures)
        {
            return (slugs, "Åtgärdsplanen är inte påslagen på webbplatsen.");
        }

        var known = (await measures.FindPublicAsync(slugs, cancellationToken)).Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        return slugs.FirstOrDefault(s => !known.Contains(s)) is { } unknown
            ? (slugs, $"\"{unknown}\" är ingen offentlig åtgärd i åtgärdsplanen.")
            : (slugs, null);
    }

    public async Task<IReadOnlyList<string>> SlugsOfAsync(Guid paragraphId, CancellationToken cancellationToken) =>
        await db.ParagraphMeasures.AsNoTracking().Where(l => l.ParagraphId == paragraphId).Select(l => l.MeasureSlug).OrderBy(s => s).ToListAsync(cancellationToken);

    public async Task ReplaceAsync(Guid paragraphId, IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        await db.ParagraphMeasures.Where(l => l.ParagraphId == paragraphId).ExecuteDeleteAsync(cancellationToken);
        db.ParagraphMeasures.AddRange(slugs.Select(s => new ParagraphMeasure { ParagraphId = paragraphId, MeasureSlug = s }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
