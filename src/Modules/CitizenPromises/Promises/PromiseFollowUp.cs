using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>A dated report of what was done for a promise, written by staff and published by an editor.</summary>
internal sealed class PromiseFollowUp : IVersioned, IPublishable
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PromiseId { get; set; }

    public DateOnly Date { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public List<FollowUpFigure> Figures { get; set; } = [];

    /// <summary>Images by address with their alternative text (required); there is no upload module yet.</summary>
    public List<FollowUpImage> Images { get; set; } = [];

    public string? CreatedBy { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string? PublishedBy { get; set; }

    public Guid Version { get; set; }
}

internal sealed class FollowUpFigure
{
    public string Label { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}

internal sealed class FollowUpImage
{
    public string Url { get; set; } = string.Empty;

    public string Alt { get; set; } = string.Empty;
}
