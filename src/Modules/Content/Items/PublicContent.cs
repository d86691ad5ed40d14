using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Content.Data;
using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Core.Paging;

namespace Trygghet.Modules.Content.Items;

/// <summary>The one way public pages, the feed and the sitemap read content: the published version of items that
/// are not archived, and only when that version is Offentlig. Drafts and later unpublished versions never show.</summary>
internal static class PublicContent
{
    public const string CacheTag = "content";

    public static IQueryable<PublicItem> Live(this ContentDbContext db) =>
        from item in db.Items.AsNoTracking()
        where item.PublishedVersionId != null && item.ArchivedUtc == null
        join version in db.Versions.AsNoTracking() on item.PublishedVersionId equals version.Id
        where version.Classification == Classification.Offentlig
        select new PublicItem { Item = item, Version = version };

    public static IQueryable<PublicItem> LiveNews(this ContentDbContext db) =>
        db.Live().Where(p => p.Item.Kind == ContentKind.Nyhet)
            .OrderByDescending(p => p.Item.FirstPublishedUtc).ThenBy(p => p.Item.Slug);

    public static Task<PagedResult<PublicItem>> NewsPageAsync(this ContentDbContext db, int page, int pageSize, CancellationToken cancellationToken) =>
        db.LiveNews().ToPagedResultAsync(page, pageSize, cancellationToken);

    public static Task<PublicItem?> FindLiveAsync(this ContentDbContext db, ContentKind kind, string slug, CancellationToken cancellationToken) =>
        db.Live().SingleOrDefaultAsync(p => p.Item.Kind == kind && p.Item.Slug == slug, cancellationToken);

    /// <summary>The current address of a live item that once had <paramref name="oldSlug"/>, for a 301.</summary>
    public static async Task<string?> RedirectAsync(this ContentDbContext db, ContentKind kind, string oldSlug, CancellationToken cancellationToken)
    {
        var itemId = await db.Redirects.AsNoTracking().Where(r => r.OldSlug == oldSlug).Select(r => (Guid?)r.ItemId).SingleOrDefaultAsync(cancellationToken);
        if (itemId is null)
        {
            return null;
        }

        var live = await db.Live().Where(p => p.Item.Id == itemId && p.Item.Kind == kind).Select(p => p.Item.Slug).SingleOrDefaultAsync(cancellationToken);
        return live is null ? null : ContentKinds.PublicPath(kind, live);
    }
}

/// <summary>A live item with the version citizens read.</summary>
internal sealed class PublicItem
{
    public ContentItem Item { get; init; } = null!;

    public ContentVersion Version { get; init; } = null!;

    public string Path => ContentKinds.PublicPath(Item.Kind, Item.Slug);
}
