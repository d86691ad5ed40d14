namespace Trygghet.Modules.Governance.Contracts;

/// <summary>A forum's meetings as its partner space shows them: meetings whose kallelse is published, with their
/// Offentlig and Intern agenda items. Sekretess items are left out entirely (not even their titles), so the
/// partner space can never show classified material.</summary>
public interface IForumMaterial
{
    Task<IReadOnlyList<ForumMeetingMaterial>> ForPartnersAsync(string forumSlug, int count, CancellationToken cancellationToken);

    /// <summary>An attachment of an Offentlig or Intern item of one of the forum's published meetings, or null (for
    /// a Sekretess item's attachment too, and for one of another forum). The caller has checked the person's place
    /// in the space before asking, and audits the download.</summary>
    Task<ForumAttachmentFile?> AttachmentForPartnersAsync(string forumSlug, Guid meetingId, Guid attachmentId, CancellationToken cancellationToken);
}

/// <param name="Starts">Local (Europe/Stockholm) start.</param>
/// <param name="Status">The status's display name (e.g. "Kallat").</param>
public sealed record ForumMeetingMaterial(Guid Id, DateTime Starts, string? Place, string Status, IReadOnlyList<ForumAgendaItem> Items);

public sealed record ForumAgendaItem(string Title, string? Description, string Classification)
{
    public Guid Id { get; init; }

    public IReadOnlyList<ForumAttachment> Attachments { get; init; } = [];
}

/// <summary>An attachment (bilaga) as a list shows it.</summary>
public sealed record ForumAttachment(Guid Id, string FileName, long Size);

/// <param name="StorePath">Where the bytes are in the site's IFileStore; served as a download only.</param>
/// <param name="AuditSubject">How the audit trail names it: by ids, never by its possibly telling file name.</param>
public sealed record ForumAttachmentFile(string FileName, string ContentType, string StorePath, string AuditSubject);
