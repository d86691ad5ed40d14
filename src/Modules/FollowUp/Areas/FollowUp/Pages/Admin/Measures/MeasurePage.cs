using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Caching;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>What the create and edit pages of a measure share: the options, the checks, the save with its roll-up.</summary>
internal abstract class MeasurePage(FollowUpDbContext db, MeasureEditor editor, IPublicCache cache, IStringLocalizer t) : PageModel
{
    [BindProperty]
    public MeasureForm Input { get; set; } = new();

    public MeasureOptions Options { get; private set; } = null!;

    protected FollowUpDbContext Db => db;

    protected IStringLocalizer T => t;

    protected async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        Options = await MeasureOptions.LoadAsync(db, cancellationToken);
        ViewData["Options"] = Options;
    }

    /// <summary>Validates the form onto <paramref name="measure"/> (tracked, PlanId set) and saves; false with the problems in ModelState.</summary>
    protected async Task<bool> TrySaveAsync(Measure measure, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return false;
        }

        foreach (var (key, message) in Options.Check(Input))
        {
            ModelState.AddModelError(key, t[message]);
        }

        var (targets, targetProblems) = MeasureForm.ParseTargets(Input.Targets);
        foreach (var problem in targetProblems)
        {
            ModelState.AddModelError("Input.Targets", t[problem]);
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        var formerParent = measure.ParentId;
        Input.ApplyTo(measure, targets);
        foreach (var (field, problem) in await editor.PrepareAsync(measure, Input.ParentSlug, cancellationToken))
        {
            var (key, label) = MeasureForm.Field(field);
            ModelState.AddModelError(key, t["{0} {1}.", label, problem]);
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        try
        {
            await editor.RollUpAsync(measure, formerParent, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Någon annan har sparat åtgärden under tiden. Ladda om sidan och gör ändringen igen."]);
            return false;
        }

        await cache.EvictAsync(FollowUpCacheTags.Measures, cancellationToken);
        return true;
    }
}
