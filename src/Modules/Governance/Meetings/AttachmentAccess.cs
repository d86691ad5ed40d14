using Trygghet.Modules.Governance.Memberships;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>Who may download an attachment: it follows its agenda item. Citizens: an Offentlig item of a
/// published kallelse. Members: what their membership may read (<see cref="MemberAccess"/>).</summary>
internal static class AttachmentAccess
{
    public static bool IsPublic(Meeting meeting, Attachment attachment) =>
        meeting.KallelsePublishedUtc is not null
        && meeting.Items.Any(i => i.Id == attachment.AgendaItemId && i.Classification == Classification.Offentlig);

    public static bool MemberMayRead(Meeting meeting, Attachment attachment, Membership membership) =>
        meeting.Items.FirstOrDefault(i => i.Id == attachment.AgendaItemId) is { } item && MemberAccess.MayRead(membership, item.Classification);
}
