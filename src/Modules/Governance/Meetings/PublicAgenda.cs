using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>An agenda item as a citizen may see it. Built only by <see cref="PublicAgenda.Of"/>, the one place
/// that decides what of a non-public item reaches the public site: of a Sekretess item only that it exists,
/// of an Intern item nothing.</summary>
internal sealed record PublicAgendaItem(bool IsSecret, string? Title, string? CaseNumber, string? Presenter, string? Description, IReadOnlyList<Attachment> Attachments);

internal static class PublicAgenda
{
    public const string SecretItemText = "Ärende enligt sekretess";

    /// <summary>The published agenda; empty while the kallelse is not published. Attachments come only with
    /// Offentlig items.</summary>
    public static IReadOnlyList<PublicAgendaItem> Of(Meeting meeting, IReadOnlyCollection<Attachment>? attachments = null) =>
        meeting.KallelsePublishedUtc is null
            ? []
            : meeting.Items
                .Where(i => i.Classification is Classification.Offentlig or Classification.Sekretess)
                .Select(i => i.Classification == Classification.Offentlig
                    ? new PublicAgendaItem(false, i.Title, i.CaseNumber, i.Presenter, i.Description,
                        (attachments ?? []).Where(a => a.AgendaItemId == i.Id && AttachmentAccess.IsPublic(meeting, a)).ToList())
                    : new PublicAgendaItem(true, null, null, null, null, []))
                .ToList();
}
