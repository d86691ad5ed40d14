using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.FollowUp.Areas.FollowUp.Pages.Admin;

/// <summary>The form of a register entry (area, responsible body, status). Its key is given once, at creation: it is
/// what recipes, CSV files, public filter links and open data refer to, so changing it would break them silently.</summary>
internal interface IRegisterForm<in TEntity>
{
    string? Key { get; set; }

    Guid Version { get; set; }

    IEnumerable<(string Key, string Message)> Problems();

    void ApplyTo(TEntity entity);
}

/// <summary>A register's list with the form for a new entry. Registers are short (tens of rows), so not paged.</summary>
internal abstract class RegisterListPage<TEntity, TForm>(FollowUpDbContext db, IPublicCache cache, IStringLocalizer t) : PageModel
    where TEntity : class, IVersioned
    where TForm : class, IRegisterForm<TEntity>, new()
{
    [BindProperty]
    public TForm Input { get; set; } = new();

    public IReadOnlyList<TEntity> Items { get; private set; } = [];

    protected abstract string ListPath { get; }

    protected abstract IOrderedQueryable<TEntity> Ordered(IQueryable<TEntity> entries);

    protected abstract Expression<Func<TEntity, bool>> HasKey(string key);

    protected abstract TEntity Create(string key);

    protected abstract string CreatedMessage(TEntity entity);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await Ordered(db.Set<TEntity>().AsNoTracking()).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var key = Input.Key?.Trim();
        if (!Slug.IsValid(key))
        {
            ModelState.AddModelError("Input.Key", t["Får bara innehålla a–z, 0–9 och bindestreck."]);
        }
        else if (await db.Set<TEntity>().AnyAsync(HasKey(key!), cancellationToken))
        {
            ModelState.AddModelError("Input.Key", t["Används redan."]);
        }

        foreach (var (field, message) in ModelState.IsValid ? Input.Problems() : [])
        {
            ModelState.AddModelError(field, t[message]);
        }

        if (!ModelState.IsValid)
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        var entity = Create(key!);
        Input.ApplyTo(entity);
        db.Set<TEntity>().Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        await RegisterCache.EvictAsync(cache, cancellationToken);
        TempData["Status"] = CreatedMessage(entity);
        return Redirect(ListPath);
    }
}

/// <summary>Editing one register entry with optimistic concurrency: the second of two editors gets a conflict.</summary>
internal abstract class RegisterEditPage<TEntity, TForm>(FollowUpDbContext db, IPublicCache cache, IStringLocalizer t) : PageModel
    where TEntity : class, IVersioned
    where TForm : class, IRegisterForm<TEntity>, new()
{
    [BindProperty]
    public TForm Input { get; set; } = new();

    public TEntity Entry { get; private set; } = null!;

    protected abstract string ListPath { get; }

    protected abstract TForm FormOf(TEntity entity);

    protected abstract string KeyOf(TEntity entity);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<TEntity>().FindAsync([id], cancellationToken) is not { } entity)
        {
            return NotFound();
        }

        Entry = entity;
        Input = FormOf(entity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<TEntity>().FindAsync([id], cancellationToken) is not { } entity)
        {
            return NotFound();
        }

        Entry = entity;
        Input.Key = KeyOf(entity);
        foreach (var (field, message) in ModelState.IsValid ? Input.Problems() : [])
        {
            ModelState.AddModelError(field, t[message]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = Input.Version;
        Input.ApplyTo(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Någon annan har sparat under tiden. Ladda om sidan och gör ändringen igen."]);
            return Page();
        }

        await RegisterCache.EvictAsync(cache, cancellationToken);
        TempData["Status"] = t["Ändringen är sparad."].Value;
        return Redirect(ListPath);
    }
}

internal static class RegisterCache
{
    /// <summary>Area, body and status names show on the public action plan, measure pages and the lägesbild.</summary>
    public static async Task EvictAsync(IPublicCache cache, CancellationToken cancellationToken)
    {
        await cache.EvictAsync(FollowUpCacheTags.Measures, cancellationToken);
        await cache.EvictAsync(FollowUpCacheTags.Situation, cancellationToken);
    }
}
