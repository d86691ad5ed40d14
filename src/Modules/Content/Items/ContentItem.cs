using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Content.Items;

/// <summary>A news item or page: its stable address and its life cycle. What it says lives in its versions
/// (<see cref="ContentVersion"/>): the latest is the draft being edited, <see cref="PublishedVersionId"/> is what
/// citizens read. Nothing is deleted: taking content down archives it, and every version stays.</summary>
internal sealed class ContentItem : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public ContentKind Kind { get; set; }

    /// <summary>The public address segment; kept when the title changes unless an editor changes it, and then
    /// the old one redirects (<see cref="SlugRedirect"/>).</summary>
    public string Slug { get; set; } = string.Empty;

    /// <summary>The latest version's title, so that lists need not read versions.</summary>
    public string Title { get; set; } = string.Empty;

    public Guid LatestVersionId { get; set; }

    public int LatestNumber { get; set; }

    /// <summary>The version citizens read, or null before the first publication.</summary>
    public Guid? PublishedVersionId { get; set; }

    /// <summary>When it was first published: the date news is listed and dated by.</summary>
    public DateTime? FirstPublishedUtc { get; set; }

    /// <summary>When the current published version was published (the feed's "updated").</summary>
    public DateTime? PublishedUtc { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>Publish the latest version at this minute (UTC, whole minutes).</summary>
    public DateTime? ScheduledPublishUtc { get; set; }

    /// <summary>Archive (take down) at this minute (UTC, whole minutes).</summary>
    public DateTime? ScheduledUnpublishUtc { get; set; }

    /// <summary>Set when taken down: the item and its versions stay, citizens no longer see it.</summary>
    public DateTime? ArchivedUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public Guid Version { get; set; }

    public bool IsLive => PublishedVersionId is not null && ArchivedUtc is null;

    public bool HasUnpublishedChanges => PublishedVersionId != LatestVersionId;
}
