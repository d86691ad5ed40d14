using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Content.Items;

/// <summary>One save of a news item or page, never changed afterwards: the version list, the diff and restore
/// read these, and the public pages read the published one.</summary>
internal sealed class ContentVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ItemId { get; set; }

    /// <summary>1, 2, 3 … per item.</summary>
    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>Ingress: plain text, shown under the heading, in lists, the feed and Open Graph.</summary>
    public string Lead { get; set; } = string.Empty;

    /// <summary>Markdown; rendered with Markdig and sanitized on every display.</summary>
    public string Body { get; set; } = string.Empty;

    public List<string> Tags { get; set; } = [];

    public List<string> Areas { get; set; } = [];

    /// <summary>Action-plan measures by slug, resolved through FollowUp's IMeasureDirectory (only public ones show).</summary>
    public List<string> MeasureSlugs { get; set; } = [];

    /// <summary>Medborgarlöften by slug (/medborgarloften/{slug}).</summary>
    public List<string> PromiseSlugs { get; set; } = [];

    /// <summary>Meetings by id (/sammantraden/{id}).</summary>
    public List<Guid> MeetingIds { get; set; } = [];

    public Classification Classification { get; set; }

    /// <summary>An image for the page and Open Graph: a site-relative or https URL, with its required alt text.</summary>
    public string? ImageUrl { get; set; }

    public string? ImageAlt { get; set; }

    public DateTime SavedUtc { get; set; }

    public string SavedBy { get; set; } = string.Empty;

    /// <summary>Why this version exists when it was not an ordinary save, e.g. "Återställd från version 3".</summary>
    public string? Note { get; set; }
}
