using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Content.Data;
using Trygghet.Portal.Core.Media;

namespace Trygghet.Modules.Content.Items;

/// <summary>News and pages whose versions, any of them, show a library file as their image or in their body.</summary>
internal sealed class ContentMediaReferences(ContentDbContext db) : IMediaReferences
{
    public async Task<IReadOnlyList<string>> UsesAsync(string urlPrefix, CancellationToken cancellationToken)
    {
        var itemIds = await db.Versions.AsNoTracking()
            .Where(v => v.Body.Contains(urlPrefix) || (v.ImageUrl != null && v.ImageUrl.StartsWith(urlPrefix)))
            .Select(v => v.ItemId).Distinct().ToListAsync(cancellationToken);
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToListAsync(cancellationToken);
        // The latest version's title is the one the editor knows the item by.
        var titles = (await db.Versions.AsNoTracking().Where(v => itemIds.Contains(v.ItemId))
                .Select(v => new { v.ItemId, v.Number, v.Title }).ToListAsync(cancellationToken))
            .GroupBy(v => v.ItemId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!.Title);
        return items.Select(i => $"{ContentKinds.Describe(i.Kind)}: {titles.GetValueOrDefault(i.Id, i.Slug)}").Order(StringComparer.Ordinal).ToList();
    }
}
