namespace Trygghet.Modules.Governance.Meetings;

/// <summary>A file that belongs to an agenda item (bilaga). It is exactly as public as its item: an Offentlig
/// item's attachments reach citizens once the kallelse is published; an Intern or Sekretess item's only its
/// forum's members (<see cref="AttachmentAccess"/>). Kept, never deleted (arkivlagen).</summary>
internal sealed class Attachment
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid MeetingId { get; set; }

    public Guid AgendaItemId { get; set; }

    /// <summary>The name as uploaded, cleaned of any path.</summary>
    public string FileName { get; set; } = string.Empty;

    /// <summary>From the allow-list (<see cref="AttachmentRules"/>), never from the upload's own header.</summary>
    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    /// <summary>SHA-256 of the content, hex: lets an archivist prove a file is unchanged.</summary>
    public string Sha256 { get; set; } = string.Empty;

    public string UploadedBy { get; set; } = string.Empty;

    public DateTime UploadedUtc { get; set; }
}
