using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.FollowUp.Situation;

/// <summary>The only ways public code reads the lägesbild: set reports, their Offentlig sections, and Offentlig
/// indicators that are not inside an internal section.</summary>
internal static class SituationQueries
{
    public static async Task<SituationReport?> LatestSetAsync(this FollowUpDbContext db, CancellationToken cancellationToken) =>
        await db.SituationReports.AsNoTracking().Where(r => r.SetOn != null).OrderByDescending(r => r.To).ThenByDescending(r => r.SetOn).FirstOrDefaultAsync(cancellationToken);

    public static IQueryable<SituationSection> PublicSections(this FollowUpDbContext db) =>
        db.SituationSections.AsNoTracking()
            .Where(s => s.Classification == Classification.Offentlig)
            .Where(s => db.SituationReports.Any(r => r.Id == s.ReportId && r.SetOn != null));

    public static IQueryable<Indicator> PublicIndicators(this FollowUpDbContext db) =>
        db.Indicators.AsNoTracking()
            .Where(i => i.Classification == Classification.Offentlig)
            .Where(i => db.SituationReports.Any(r => r.Id == i.ReportId && r.SetOn != null))
            .Where(i => i.SectionId == null || db.SituationSections.Any(s => s.Id == i.SectionId && s.Classification == Classification.Offentlig));
}
