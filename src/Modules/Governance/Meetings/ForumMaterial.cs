using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Modules.Governance.Data;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Governance.Meetings;

internal sealed class ForumMaterial(GovernanceDbContext db) : IForumMaterial
{
    public async Task<IReadOnlyList<ForumMeetingMaterial>> ForPartnersAsync(string forumSlug, int count, CancellationToken cancellationToken)
    {
        var forum = await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Slug == forumSlug, cancellationToken);
        if (forum is null)
        {
            return [];
        }

        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.ForumId == forum.Id && m.KallelsePublishedUtc != null)
            .OrderByDescending(m => m.StartsUtc).Take(count).ToListAsync(cancellationToken);
        var ids = meetings.Select(m => m.Id).ToList();
        var attachments = (await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.MeetingId)).ToListAsync(cancellationToken))
            .OrderBy(a => a.UploadedUtc).ThenBy(a => a.FileName, StringComparer.Ordinal)
            .ToLookup(a => a.AgendaItemId);
        return meetings.Select(m => new ForumMeetingMaterial(
                m.Id,
                MeetingTimes.LocalStart(m),
                m.Place,
                MeetingRules.Describe(m.Status),
                m.Items.Where(i => i.Classification != Classification.Sekretess)
                    .Select(i => new ForumAgendaItem(i.Title, i.Description, i.Classification.ToString())
                    {
                        Id = i.Id,
                        Attachments = attachments[i.Id].Select(a => new ForumAttachment(a.Id, a.FileName, a.Size)).ToList(),
                    }).ToList()))
            .ToList();
    }

    public async Task<ForumAttachmentFile?> AttachmentForPartnersAsync(string forumSlug, Guid meetingId, Guid attachmentId, CancellationToken cancellationToken)
    {
        var forum = await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Slug == forumSlug, cancellationToken);
        if (forum is null || await AttachmentDownload.FindAsync(db, meetingId, attachmentId, cancellationToken) is not { } found)
        {
            return null;
        }

        var (meeting, attachment) = found;
        // The same rule as the list: this forum's meeting, kallelse published, the item not Sekretess.
        if (meeting.ForumId != forum.Id || meeting.KallelsePublishedUtc is null
            || meeting.Items.FirstOrDefault(i => i.Id == attachment.AgendaItemId) is not { } item || item.Classification == Classification.Sekretess)
        {
            return null;
        }

        return new ForumAttachmentFile(attachment.FileName, attachment.ContentType, AttachmentStore.PathOf(attachment.Id), AttachmentDownload.Subject(meeting, attachment));
    }
}
