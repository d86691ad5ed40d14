using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Search;

namespace Trygghet.Modules.Content.Search;

/// <summary>Live, public news and pages: their published version only, as plain text.</summary>
internal sealed class ContentSearchSource(ContentDbContext db) : ISearchSource
{
    public string ModuleName => ContentModule.ModuleName;

    public async Task<IReadOnlyList<SearchDocument>> GetPublicDocumentsAsync(CancellationToken cancellationToken)
    {
        var live = await db.Live().ToListAsync(cancellationToken);
        return live.Select(l => new SearchDocument(
                l.Path,
                l.Version.Title,
                (l.Version.Lead + "\n" + Markdig.Markdown.ToPlainText(l.Version.Body)).Trim(),
                ContentKinds.Describe(l.Item.Kind),
                l.Item.FirstPublishedUtc is { } published ? new DateTimeOffset(published, TimeSpan.Zero) : null))
            .ToList();
    }
}
