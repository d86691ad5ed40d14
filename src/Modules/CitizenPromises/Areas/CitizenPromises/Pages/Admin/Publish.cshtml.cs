using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Modules.CitizenPromises.Promises;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Mail;
using Trygghet.Portal.Core.Publishing;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.CitizenPromises.Areas.CitizenPromises.Pages.Admin;

/// <summary>Editors publish what staff wrote: every draft agreement, medborgarlöfte, promise and follow-up, with
/// its content to read first. Publishing records who and when; the public pages show it at once.</summary>
[RequirePermission(Permissions.Names.Publish)]
internal sealed class PublishModel(
    CitizenPromisesDbContext db, TimeProvider clock, UnitOfWork work, IPublicChangeNotifications notifications, IStringLocalizer<PublishModel> t) : PageModel
{
    internal enum Kind
    {
        Agreement,
        Set,
        Promise,
        FollowUp,
    }

    public IReadOnlyList<Agreement> Agreements { get; private set; } = [];

    public IReadOnlyList<PromiseSet> Sets { get; private set; } = [];

    public IReadOnlyList<Promise> Promises { get; private set; } = [];

    public IReadOnlyList<PromiseFollowUp> FollowUps { get; private set; } = [];

    /// <summary>Titles of every set and promise, to say where a draft belongs.</summary>
    public IReadOnlyDictionary<Guid, string> SetTitles { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, Promise> AllPromises { get; private set; } = new Dictionary<Guid, Promise>();

    public int DraftCount => Agreements.Count + Sets.Count + Promises.Count + FollowUps.Count;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync([FromForm] Kind kind, [FromForm] Guid id, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        IPublishable? item = kind switch
        {
            Kind.Agreement => await db.Agreements.SingleOrDefaultAsync(a => a.Id == id, cancellationToken),
            Kind.Set => await db.Sets.SingleOrDefaultAsync(s => s.Id == id, cancellationToken),
            Kind.Promise => await db.Promises.SingleOrDefaultAsync(p => p.Id == id, cancellationToken),
            Kind.FollowUp => await db.FollowUps.SingleOrDefaultAsync(f => f.Id == id, cancellationToken),
            _ => null,
        };
        if (item is null)
        {
            return NotFound();
        }

        if (item.PublishedUtc is not null)
        {
            TempData["Status"] = t["Det var redan publicerat."].Value;
            return Redirect("/admin/medborgarloften/publicera");
        }

        // The version the editor read is what is published, or someone changed it in between.
        db.Entry(item).Property(nameof(IVersioned.Version)).OriginalValue = version;
        item.PublishedUtc = clock.GetUtcNow().UtcDateTime;
        item.PublishedBy = User.Identity?.Name;
        // The publication, the subscribers' mail (outbox rows) and the audit row are saved together; the public
        // pages are evicted after the commit (the publication event's handlers).
        try
        {
            await work.RunAsync(async c =>
            {
                await db.SaveChangesAsync(c);
                await NotifySubscribersAsync(item, c);
                await work.RaiseAsync(new PublicationEvent(PublicPromises.CacheTag, PublicationChange.Published, "publicerade", Describe(item)), c);
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, t["Någon har ändrat det under tiden. Läs den nya versionen nedan och publicera igen."]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Status"] = t["Publicerat."].Value;
        return Redirect("/admin/medborgarloften/publicera");
    }

    private static string Describe(IPublishable item) => item switch
    {
        Agreement agreement => $"samverkansöverenskommelsen {agreement.Slug}",
        PromiseSet set => $"medborgarlöftet {set.Slug}",
        PromiseFollowUp followUp => $"uppföljningen \"{followUp.Title}\" ({followUp.Id})",
        Promise promise => $"löftet {promise.Id}",
        _ => item.GetType().Name,
    };

    /// <summary>A follow-up that is now public (its promise and set are published too) is news for the set's
    /// followers; a follow-up under a draft promise waits, and is not announced later either.</summary>
    private async Task NotifySubscribersAsync(IPublishable item, CancellationToken cancellationToken)
    {
        if (item is not PromiseFollowUp followUp || !await db.PublishedFollowUps().AnyAsync(f => f.Id == followUp.Id, cancellationToken))
        {
            return;
        }

        var set = await db.PublishedSets().SingleAsync(s => db.Promises.Any(p => p.Id == followUp.PromiseId && p.SetId == s.Id), cancellationToken);
        await notifications.PublishedAsync(PromiseSubscriptionTopics.KeyOf(set), followUp.Title, $"/medborgarloften/{set.Slug}#{Anchors.Of(followUp)}", cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Agreements = await db.Agreements.AsNoTracking().Where(a => a.PublishedUtc == null).OrderBy(a => a.Title).ToListAsync(cancellationToken);
        Sets = await db.Sets.AsNoTracking().Where(s => s.PublishedUtc == null).OrderBy(s => s.Title).ToListAsync(cancellationToken);
        Promises = await db.Promises.AsNoTracking().Where(p => p.PublishedUtc == null).OrderBy(p => p.SetId).ThenBy(p => p.SortOrder).ToListAsync(cancellationToken);
        FollowUps = await db.FollowUps.AsNoTracking().Where(f => f.PublishedUtc == null).OrderByDescending(f => f.Date).ToListAsync(cancellationToken);
        SetTitles = await db.Sets.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken);
        var promiseIds = FollowUps.Select(f => f.PromiseId).ToList();
        AllPromises = await db.Promises.AsNoTracking().Where(p => promiseIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
    }
}
