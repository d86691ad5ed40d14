using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Portal.Core.Mail;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>Citizens may follow a published medborgarlöfte ("medborgarloften/{slug}"): they are mailed when a
/// follow-up of one of its promises is published. A draft set is no topic, so subscribing cannot reveal it.</summary>
internal sealed class PromiseSubscriptionTopics(CitizenPromisesDbContext db) : ISubscriptionTopics
{
    private const string Prefix = "medborgarloften/";

    public static string KeyOf(PromiseSet set) => Prefix + set.Slug;

    public async Task<SubscriptionTopic?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var slug = key[Prefix.Length..];
        var set = await db.PublishedSets().SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        return set is null ? null : Topic(set);
    }

    public async Task<IReadOnlyList<SubscriptionTopic>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.PublishedSets().OrderByDescending(s => s.PeriodFrom).ThenBy(s => s.Title).ToListAsync(cancellationToken)).Select(Topic).ToList();

    private static SubscriptionTopic Topic(PromiseSet set) => new(KeyOf(set), set.Title);
}
