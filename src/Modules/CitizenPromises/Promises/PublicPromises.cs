using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.CitizenPromises.Data;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>The one way public pages, the feed, the sitemap and open data read this module: only what is
/// published, and a promise or follow-up only when everything above it is published too.</summary>
internal static class PublicPromises
{
    public const string CacheTag = "promises";

    public static IQueryable<PromiseSet> PublishedSets(this CitizenPromisesDbContext db) =>
        db.Sets.AsNoTracking().Where(s => s.PublishedUtc != null);

    public static IQueryable<Promise> PublishedPromises(this CitizenPromisesDbContext db) =>
        db.Promises.AsNoTracking().Where(p => p.PublishedUtc != null && db.Sets.Any(s => s.Id == p.SetId && s.PublishedUtc != null));

    public static IQueryable<PromiseFollowUp> PublishedFollowUps(this CitizenPromisesDbContext db) =>
        db.FollowUps.AsNoTracking().Where(f => f.PublishedUtc != null && db.PublishedPromises().Any(p => p.Id == f.PromiseId));

    /// <summary>Published sets, those not yet ended first (soonest start first), then the archive (latest first).</summary>
    public static async Task<IReadOnlyList<PromiseSet>> ListAsync(this CitizenPromisesDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var sets = await db.PublishedSets().ToListAsync(cancellationToken);
        return sets.Where(s => !s.IsArchived(today)).OrderBy(s => s.PeriodFrom).ThenBy(s => s.Title)
            .Concat(sets.Where(s => s.IsArchived(today)).OrderByDescending(s => s.PeriodTo).ThenBy(s => s.Title))
            .ToList();
    }

    /// <summary>A published set with its published promises (in order) and their published follow-ups (latest first).</summary>
    public static async Task<PublicSet?> FindAsync(this CitizenPromisesDbContext db, string slug, CancellationToken cancellationToken)
    {
        var set = await db.PublishedSets().SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (set is null)
        {
            return null;
        }

        var promises = await db.PublishedPromises().Where(p => p.SetId == set.Id).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var ids = promises.Select(p => p.Id).ToList();
        var followUps = await db.PublishedFollowUps().Where(f => ids.Contains(f.PromiseId)).ToListAsync(cancellationToken);
        var agreement = set.AgreementId is { } agreementId
            ? await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agreementId && a.PublishedUtc != null, cancellationToken)
            : null;
        return new PublicSet(
            set,
            agreement,
            promises.Select(p => new PublicPromise(p, followUps.Where(f => f.PromiseId == p.Id).OrderByDescending(f => f.Date).ThenByDescending(f => f.PublishedUtc).ToList())).ToList());
    }

    /// <summary>The latest published follow-ups with their promise and set, newest first.</summary>
    public static async Task<IReadOnlyList<PublicFollowUp>> LatestFollowUpsAsync(this CitizenPromisesDbContext db, int count, CancellationToken cancellationToken)
    {
        var followUps = await db.PublishedFollowUps().OrderByDescending(f => f.Date).ThenByDescending(f => f.PublishedUtc).ThenBy(f => f.Id).Take(count).ToListAsync(cancellationToken);
        var promiseIds = followUps.Select(f => f.PromiseId).Distinct().ToList();
        var promises = await db.PublishedPromises().Where(p => promiseIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var setIds = promises.Values.Select(p => p.SetId).Distinct().ToList();
        var sets = await db.PublishedSets().Where(s => setIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return followUps.Select(f => new PublicFollowUp(f, promises[f.PromiseId], sets[promises[f.PromiseId].SetId])).ToList();
    }
}

internal sealed record PublicSet(PromiseSet Set, Agreement? Agreement, IReadOnlyList<PublicPromise> Promises)
{
    public int AverageProgress => Promises.Count == 0 ? 0 : (int)Math.Round(Promises.Average(p => p.Promise.Progress), MidpointRounding.AwayFromZero);
}

internal sealed record PublicPromise(Promise Promise, IReadOnlyList<PromiseFollowUp> FollowUps)
{
    /// <summary>The anchor of the promise on its set's page.</summary>
    public string Anchor => Anchors.Of(Promise);
}

internal sealed record PublicFollowUp(PromiseFollowUp FollowUp, Promise Promise, PromiseSet Set);

internal static class Anchors
{
    public static string Of(Promise promise) => $"lofte-{promise.Id.ToString("N")[..12]}";

    public static string Of(PromiseFollowUp followUp) => $"uppfoljning-{followUp.Id:N}";
}

/// <summary>What the progress partial shows: a real progress element with its value as text.</summary>
internal sealed record ProgressView(string Id, int Progress, PromiseStatus Status)
{
    /// <summary>The theme's status tag tone (tag-late, tag-active, …); the status is written in words as well.</summary>
    public string Tone => Status switch
    {
        PromiseStatus.Forsenat => "late",
        PromiseStatus.Pagar => "active",
        PromiseStatus.Genomfort => "done",
        _ => "waiting",
    };
}
