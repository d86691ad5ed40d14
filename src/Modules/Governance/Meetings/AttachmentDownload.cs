using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Data;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>Serves an attachment's bytes once a page has decided the reader may have them: always as a download
/// with the allow-listed content type, so a browser never renders an upload as a page of this site.</summary>
internal static class AttachmentDownload
{
    public static async Task<(Meeting Meeting, Attachment Attachment)?> FindAsync(GovernanceDbContext db, Guid meetingId, Guid attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.MeetingId == meetingId, cancellationToken);
        if (attachment is null)
        {
            return null;
        }

        return (await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId, cancellationToken), attachment);
    }

    /// <summary>How the audit trail names an attachment: by its id and the meeting's day, never by its (possibly telling) file name.</summary>
    public static string Subject(Meeting meeting, Attachment attachment) =>
        $"bilaga {attachment.Id} till sammanträdet {MeetingTimes.LocalStart(meeting):yyyy-MM-dd}";

    /// <summary>Call it last: the database file store reads the content from an open result of the scope's connection.</summary>
    public static async Task<IActionResult> ServeAsync(AttachmentStore store, Attachment attachment, CancellationToken cancellationToken) =>
        await store.OpenReadAsync(attachment.Id, cancellationToken) is { } content
            ? new FileStreamResult(content, attachment.ContentType) { FileDownloadName = attachment.FileName }
            : new NotFoundResult();
}
