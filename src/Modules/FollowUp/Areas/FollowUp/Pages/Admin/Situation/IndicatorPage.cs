using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Situation;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>What creating and editing an indicator share: the lägesbild's sections to choose from, and the checks.</summary>
internal abstract class IndicatorPage(FollowUpDbContext db, IStringLocalizer t) : PageModel
{
    [BindProperty]
    public IndicatorForm Input { get; set; } = new();

    public SituationReport Report { get; protected set; } = null!;

    protected FollowUpDbContext Db => db;

    protected IStringLocalizer T => t;

    protected async Task LoadSectionsAsync(CancellationToken cancellationToken) =>
        ViewData["Sections"] = await db.SituationSections.AsNoTracking().Where(s => s.ReportId == Report.Id).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);

    /// <summary>Adds the form's problems to the model state; indicator slugs are unique across lägesbilder (open data keys on them).</summary>
    protected async Task CheckAsync(Guid? indicatorId, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return;
        }

        var sections = (IReadOnlyList<SituationSection>)ViewData["Sections"]!;
        foreach (var (key, message) in Input.Problems(sections))
        {
            ModelState.AddModelError(key, t[message]);
        }

        var slug = Input.Slug.Trim();
        if (ModelState.IsValid && await db.Indicators.AnyAsync(i => i.Slug == slug && i.Id != indicatorId, cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", t["Adressnamnet används redan av en annan indikator."]);
        }
    }
}
