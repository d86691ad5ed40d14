using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Portal.Core.Media;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>Follow-ups of promises, published or not, that show a library image.</summary>
internal sealed class PromiseMediaReferences(CitizenPromisesDbContext db) : IMediaReferences
{
    public async Task<IReadOnlyList<string>> UsesAsync(string urlPrefix, CancellationToken cancellationToken) =>
        (await db.FollowUps.AsNoTracking().Where(f => f.Images.Any(i => i.Url.StartsWith(urlPrefix))).Select(f => f.Title).ToListAsync(cancellationToken))
            .Select(title => $"Uppföljning av medborgarlöfte: {title}").Order(StringComparer.Ordinal).ToList();
}
