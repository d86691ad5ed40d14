using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>An agenda item as a citizen may see it. Built only by <see cref="PublicAgenda.Of"/>, the one place
/// that decides what of a non-public item reaches the public site: of a Sekretess item only that it exists,
/// of an Intern item nothing.</summary>
internal sealed record PublicAgendaItem(bool IsSecret, string? Title, string? CaseNumber, string? Presenter, string? Description);

internal static class PublicAgenda
{
    public const string SecretItemText = "Ärende enligt sekretess";

    /// <summary>The published agenda; empty while the kallelse is not published.</summary>
    public static IReadOnlyList<PublicAgendaItem> Of(Meeting meeting) =>
        meeting.KallelsePublishedUtc is null
            ? []
            : meeting.Items
                .Where(i => i.Classification is Classification.Offentlig or Classification.Sekretess)
                .Select(i => i.Classification == Classification.Offentlig
                    ? new PublicAgendaItem(false, i.Title, i.CaseNumber, i.Presenter, i.Description)
                    : new PublicAgendaItem(true, null, null, null, null))
                .ToList();
}
