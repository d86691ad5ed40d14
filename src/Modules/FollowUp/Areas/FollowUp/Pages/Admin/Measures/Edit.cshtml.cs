using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>Edits a measure; shows its milestones and timeline and adds milestones.</summary>
[RequirePermission(Permissions.Names.ManagePlan)]
internal sealed class MeasureEditModel(FollowUpDbContext db, MeasureEditor editor, IPublicCache cache, IStringLocalizer<MeasureEditModel> t)
    : MeasurePage(db, editor, cache, t)
{
    private readonly IPublicCache _cache = cache;

    public Measure Measure { get; private set; } = null!;

    public IReadOnlyList<ProgressUpdate> Updates { get; private set; } = [];

    public IReadOnlyList<Milestone> Milestones { get; private set; } = [];

    [BindProperty]
    public string? MilestoneTitle { get; set; }

    [BindProperty]
    public DateOnly? MilestoneDate { get; set; }

    [BindProperty]
    public bool MilestoneDone { get; set; }

    public string StatusName(Guid id) => Options.Statuses.FirstOrDefault(s => s.Id == id)?.Name ?? string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = MeasureForm.Of(Measure, await ParentSlugAsync(cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Remove(nameof(MilestoneTitle));
        ModelState.Remove(nameof(MilestoneDate));
        ModelState.Remove(nameof(MilestoneDone));
        Db.Entry(Measure).Property(m => m.Version).OriginalValue = Input.Version;
        if (!await TrySaveAsync(Measure, cancellationToken))
        {
            return Page();
        }

        TempData["Status"] = T["Åtgärden är sparad."].Value;
        return Redirect($"/admin/measures/{id}");
    }

    public async Task<IActionResult> OnPostMilestoneAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        Input = MeasureForm.Of(Measure, await ParentSlugAsync(cancellationToken));
        if (string.IsNullOrWhiteSpace(MilestoneTitle) || MilestoneTitle.Length > 300)
        {
            ModelState.AddModelError(nameof(MilestoneTitle), T["Ange en rubrik med högst 300 tecken."]);
        }

        if (MilestoneDate is null)
        {
            ModelState.AddModelError(nameof(MilestoneDate), T["Ange datum."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Db.Milestones.Add(new Milestone { MeasureId = id, Title = MilestoneTitle!.Trim(), Date = MilestoneDate!.Value, Done = MilestoneDone });
        await Db.SaveChangesAsync(cancellationToken);
        await _cache.EvictAsync(FollowUpCacheTags.Measures, cancellationToken);
        TempData["Status"] = T["Milstolpen är tillagd."].Value;
        return Redirect($"/admin/measures/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var measure = await Db.Measures.Include(m => m.Goals).Include(m => m.Areas).AsSingleQuery().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (measure is null)
        {
            return false;
        }

        Measure = measure;
        await LoadOptionsAsync(cancellationToken);
        Updates = await Db.ProgressUpdates.AsNoTracking().Where(u => u.MeasureId == id).OrderByDescending(u => u.Date).ThenByDescending(u => u.CreatedUtc).Take(200).ToListAsync(cancellationToken);
        Milestones = await Db.Milestones.AsNoTracking().Where(m => m.MeasureId == id).OrderBy(m => m.Date).Take(200).ToListAsync(cancellationToken);
        return true;
    }

    private async Task<string?> ParentSlugAsync(CancellationToken cancellationToken) =>
        Measure.ParentId is { } parent ? await Db.Measures.AsNoTracking().Where(m => m.Id == parent).Select(m => m.Slug).SingleOrDefaultAsync(cancellationToken) : null;
}
