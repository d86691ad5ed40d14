using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>A medborgarlöfte: the promises made to the citizens of one area for one period, with the dialogues
/// and data it rests on, who signed it, and the follow-up report that closes it. Earlier periods stay, archived.</summary>
internal sealed class PromiseSet : IVersioned, IPublishable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The public address: /medborgarloften/{Slug}, e.g. "linkoping-2026".</summary>
    public string Slug { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>Linköping as a whole, a lokalpolisområde or a stadsdel.</summary>
    public string Area { get; set; } = string.Empty;

    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    /// <summary>Bakgrund: the citizen dialogues, staff dialogues and statistics the promises rest on.</summary>
    public string? Background { get; set; }

    /// <summary>Who signed, by role.</summary>
    public List<string> Signatories { get; set; } = [];

    public Guid? AgreementId { get; set; }

    /// <summary>Uppföljningsrapport: the summary that closes the period (null until written).</summary>
    public string? Report { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string? PublishedBy { get; set; }

    public Guid Version { get; set; }

    public bool IsArchived(DateOnly today) => PeriodTo < today;

    public bool IsCurrent(DateOnly today) => PeriodFrom <= today && today <= PeriodTo;
}
