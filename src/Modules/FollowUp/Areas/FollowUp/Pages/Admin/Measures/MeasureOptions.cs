using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Geography;
using Trygghet.Modules.FollowUp.Goals;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Classification;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>The choices a measure form offers.</summary>
internal sealed record MeasureOptions(IReadOnlyList<Goal> Goals, IReadOnlyList<CityArea> Areas, IReadOnlyList<ResponsibleBody> Bodies, IReadOnlyList<MeasureStatus> Statuses,
    IReadOnlyList<MeasureOptions.SectionChoice> Sections)
{
    /// <summary>A lägesbild section offered as a measure's why, grouped under its lägesbild in the form.</summary>
    internal sealed record SectionChoice(Guid Id, string Title, string Report, Classification Classification);

    public static async Task<MeasureOptions> LoadAsync(FollowUpDbContext db, CancellationToken cancellationToken) => new(
        await db.Goals.AsNoTracking().OrderBy(g => g.SortOrder).ToListAsync(cancellationToken),
        await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).ToListAsync(cancellationToken),
        await db.ResponsibleBodies.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Name).ToListAsync(cancellationToken),
        await db.Statuses.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken),
        await (from s in db.SituationSections.AsNoTracking()
               join r in db.SituationReports.AsNoTracking() on s.ReportId equals r.Id
               orderby r.To descending, s.SortOrder
               select new SectionChoice(s.Id, s.Title, r.Title, s.Classification)).ToListAsync(cancellationToken));

    /// <summary>Form values that point at nothing (a hostile or stale post) become problems, never exceptions.</summary>
    public IEnumerable<(string Key, string Message)> Check(MeasureForm form)
    {
        if (Statuses.All(s => s.Id != form.StatusId))
        {
            yield return ("Input.StatusId", "Välj en status.");
        }

        if (form.ResponsibleBodyId is { } body && Bodies.All(b => b.Id != body))
        {
            yield return ("Input.ResponsibleBodyId", "Välj ett ansvarigt organ i listan.");
        }

        if (form.ProblemSectionId is { } section && Sections.All(s => s.Id != section))
        {
            yield return ("Input.ProblemSectionId", "Välj ett avsnitt i listan.");
        }

        if (form.GoalIds.Any(g => Goals.All(x => x.Id != g)))
        {
            yield return ("Input.GoalIds", "Välj mål i listan.");
        }

        if (form.AreaIds.Any(a => Areas.All(x => x.Id != a)))
        {
            yield return ("Input.AreaIds", "Välj områden i listan.");
        }
    }
}
