using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.FollowUp.Situation;

/// <summary>Reads only a set lägesbild and only its Intern sections: the classification is compared for equality, so
/// a Sekretess section (or any level added later) is never returned by accident.</summary>
internal sealed class PartnerSituation(FollowUpDbContext db) : IPartnerSituation
{
    public async Task<PartnerSituationReport?> LatestForPartnersAsync(CancellationToken cancellationToken)
    {
        if (await db.LatestSetAsync(cancellationToken) is not { SetOn: { } setOn } report)
        {
            return null;
        }

        var sections = await db.SituationSections.AsNoTracking()
            .Where(s => s.ReportId == report.Id && s.Classification == Classification.Intern)
            .OrderBy(s => s.SortOrder)
            .Select(s => new PartnerSituationSection(s.Slug, s.Title, s.Text))
            .ToListAsync(cancellationToken);
        return new PartnerSituationReport(report.Slug, report.Title, setOn, sections);
    }
}
