namespace Trygghet.Modules.Partners.Spaces;

/// <summary>A discussion thread of a space; its opening message is its first post.</summary>
internal sealed class DiscussionThread
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid SpaceId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string StartedBy { get; set; } = string.Empty;

    public DateTime StartedUtc { get; set; }

    public DateTime LastPostUtc { get; set; }
}

/// <summary>A message in a thread, kept as the Markdown its author wrote; it is rendered and sanitized when shown
/// (<see cref="MarkdownText"/>), so a better sanitizer later also cleans what was written before.</summary>
internal sealed class DiscussionPost
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ThreadId { get; set; }

    public string Body { get; set; } = string.Empty;

    public string AuthorName { get; set; } = string.Empty;

    public string? AuthorUserId { get; set; }

    public DateTime PostedUtc { get; set; }
}

/// <summary>A partner's report-back on a measure of the action plan, to the samverkansråd (one of its tasks).</summary>
internal sealed class ReportBack
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid SpaceId { get; set; }

    public string MeasureSlug { get; set; } = string.Empty;

    public string MeasureTitle { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public Guid? OrganisationId { get; set; }

    public string AuthorName { get; set; } = string.Empty;

    public string? AuthorUserId { get; set; }

    public DateTime ReportedUtc { get; set; }
}
