using System.Globalization;
using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Admin;

/// <summary>An item's state in words, for the list and the editor.</summary>
internal static class ContentStatus
{
    public static string Describe(ContentItem item) => item switch
    {
        { ArchivedUtc: not null } => "Arkiverad",
        { PublishedVersionId: null, ScheduledPublishUtc: { } at } => $"Utkast, publiceras {Local(at)}",
        { PublishedVersionId: null } => "Utkast",
        { HasUnpublishedChanges: true } => "Publicerad, med opublicerade ändringar",
        _ => "Publicerad",
    };

    public static string Local(DateTime utc) =>
        SwedishTime.ToLocal(new DateTimeOffset(utc, TimeSpan.Zero)).ToString("yyyy-MM-dd HH.mm", CultureInfo.InvariantCulture);
}
