using Trygghet.Modules.Content.Items;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.Media.Contracts;

namespace Trygghet.Modules.Content.Areas.Content.Pages;

/// <summary>What the article partial shows, for the public page and the editor's preview alike: one version, its
/// rendered body and the public measures it links to (looked up through FollowUp's contract, so a measure that is
/// not public is left out). FollowUp and Media are taken as optional: switched off in configuration, they are not
/// registered, and the article then shows no measure links and plain images.</summary>
internal sealed record ArticleView(ContentKind Kind, ContentVersion Version, DateTime? PublishedUtc, Microsoft.AspNetCore.Html.IHtmlContent Body,
    IReadOnlyList<MeasureSummary> Measures, MediaImage? Image)
{
    public static async Task<ArticleView> LoadAsync(ContentKind kind, ContentVersion version, DateTime? publishedUtc, MarkdownRenderer markdown,
        IEnumerable<IMeasureDirectory> measures, IEnumerable<IMediaImages> images, CancellationToken cancellationToken) =>
        new(kind, version, publishedUtc, markdown.Render(version.Body),
            version.MeasureSlugs.Count > 0 && measures.FirstOrDefault() is { } directory ? await directory.FindPublicAsync(version.MeasureSlugs, cancellationToken) : [],
            version.ImageUrl is { } url && images.FirstOrDefault() is { } library ? await library.FindAsync(url, cancellationToken) : null);

    public string? Date => PublishedUtc is { } utc
        ? Trygghet.Portal.Core.Time.SwedishTime.ToLocal(new DateTimeOffset(utc, TimeSpan.Zero)).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"))
        : null;

    public string? IsoDate => PublishedUtc?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
