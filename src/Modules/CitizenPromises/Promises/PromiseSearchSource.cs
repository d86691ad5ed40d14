using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Portal.Core.Search;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>Published medborgarlöfte sets, and each published promise with its published follow-ups, as their pages
/// show them; drafts at any level never leave <see cref="PublicPromises"/>.</summary>
internal sealed class PromiseSearchSource(CitizenPromisesDbContext db) : ISearchSource
{
    public string ModuleName => CitizenPromisesModule.ModuleName;

    public async Task<IReadOnlyList<SearchDocument>> GetPublicDocumentsAsync(CancellationToken cancellationToken)
    {
        var sets = await db.PublishedSets().ToDictionaryAsync(s => s.Id, cancellationToken);
        var promises = await db.PublishedPromises().ToListAsync(cancellationToken);
        var followUps = (await db.PublishedFollowUps().ToListAsync(cancellationToken)).ToLookup(f => f.PromiseId);
        var documents = sets.Values.Select(s => new SearchDocument(
            $"/medborgarloften/{s.Slug}",
            s.Title,
            Join(s.Area, s.Background, s.Report, string.Join(", ", s.Signatories)),
            "Medborgarlöften",
            Day(s.PeriodFrom))).ToList();
        documents.AddRange(promises.Where(p => sets.ContainsKey(p.SetId)).Select(p =>
        {
            var set = sets[p.SetId];
            var latest = followUps[p.Id].OrderByDescending(f => f.Date).ToList();
            return new SearchDocument(
                $"/medborgarloften/{set.Slug}#{Anchors.Of(p)}",
                p.Text,
                Join([set.Title, string.Join(", ", p.Promisors), .. p.Activities, p.SuccessMeasure, .. latest.SelectMany(f => new[] { f.Title, f.Text })]),
                "Medborgarlöfte",
                latest.Count > 0 ? Day(latest[0].Date) : Day(set.PeriodFrom));
        }));
        return documents;
    }

    private static string Join(params string?[] parts) => string.Join("\n", parts.Where(t => !string.IsNullOrWhiteSpace(t)));

    private static DateTimeOffset Day(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
