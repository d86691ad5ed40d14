using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Content.Data;
using Trygghet.Portal.Core.Classification;
using Trygghet.Portal.Core.Mail;
using Trygghet.Portal.Core.Publishing;

namespace Trygghet.Modules.Content.Items;

/// <summary>Every change to news and pages goes through here, from the admin pages and the recipe alike: a save is
/// a new version, publishing points the item at its latest version, taking down archives. Publishing and archiving
/// raise a publication event with the change (audited in its transaction, cached public pages evicted after the commit).</summary>
internal sealed class ContentEditor(ContentDbContext db, TimeProvider clock, UnitOfWork work, IPublicChangeNotifications notifications)
{
    public const string ConflictMessage = "Någon annan har sparat under tiden. Ladda om sidan och gör ändringen igen.";

    /// <summary>Saves <paramref name="draft"/> as the next version of <paramref name="item"/> (tracked), or of a new
    /// item of <paramref name="kind"/> when it is null.</summary>
    public async Task<EditResult> SaveAsync(ContentItem? item, ContentKind kind, ContentDraft draft, Guid? expectedVersion, string user,
        CancellationToken cancellationToken, string? note = null, Guid? newId = null)
    {
        var problems = ContentRules.Check(draft).ToList();
        if (problems.Count > 0)
        {
            return EditResult.Invalid(problems);
        }

        var isNew = item is null;
        item ??= new ContentItem { Id = newId ?? Guid.NewGuid(), Kind = kind, CreatedUtc = Now() };
        var wanted = draft.Slug?.Trim() is { Length: > 0 } given ? given : null;
        var wasLive = item.IsLive;
        if (isNew)
        {
            var slug = wanted ?? SlugText.From(draft.Title);
            if (wanted is not null && await IsTakenAsync(slug, item.Id, cancellationToken))
            {
                return EditResult.Invalid([("slug", "används redan av en annan nyhet eller sida")]);
            }

            item.Slug = await SlugText.UniqueAsync(slug, s => IsTakenAsync(s, item.Id, cancellationToken));
            db.Items.Add(item);
        }
        else
        {
            Expect(item, expectedVersion);
            if (wanted is not null && wanted != item.Slug)
            {
                if (await IsTakenAsync(wanted, item.Id, cancellationToken))
                {
                    return EditResult.Invalid([("slug", "används redan av en annan nyhet eller sida")]);
                }

                // Changing back to an address the item had: that address is no longer a redirect.
                var own = await db.Redirects.Where(r => r.OldSlug == wanted && r.ItemId == item.Id).ToListAsync(cancellationToken);
                db.Redirects.RemoveRange(own);
                db.Redirects.Add(new SlugRedirect { OldSlug = item.Slug, ItemId = item.Id, CreatedUtc = Now() });
                item.Slug = wanted;
            }
        }

        var version = new ContentVersion
        {
            ItemId = item.Id, Number = item.LatestNumber + 1, Title = draft.Title.Trim(), Lead = draft.Lead.Trim(), Body = draft.Body,
            Tags = Clean(draft.Tags), Areas = Clean(draft.Areas), MeasureSlugs = Clean(draft.MeasureSlugs), PromiseSlugs = Clean(draft.PromiseSlugs),
            MeetingIds = draft.MeetingIds.Distinct().ToList(), Classification = draft.Classification,
            ImageUrl = Blank(draft.ImageUrl), ImageAlt = Blank(draft.ImageUrl) is null ? null : Blank(draft.ImageAlt),
            SavedUtc = Now(), SavedBy = user, Note = note,
        };
        db.Versions.Add(version);
        item.LatestVersionId = version.Id;
        item.LatestNumber = version.Number;
        item.Title = version.Title;
        if (!await TrySaveAsync(cancellationToken))
        {
            return EditResult.Conflict;
        }

        if (wasLive)
        {
            // The address may have changed; what citizens read did not (a new version waits to be published).
            await work.RaiseAsync(new PublicationEvent(PublicContent.CacheTag, PublicationChange.Changed, "saved", Subject(item), user), cancellationToken);
        }

        return EditResult.Saved(item);
    }

    /// <summary>Makes the latest version the one citizens read. <paramref name="at"/> dates the publication (recipes
    /// give a fixed date so the feed stays the same); otherwise now.</summary>
    public async Task<EditResult> PublishAsync(ContentItem item, Guid? expectedVersion, string user, CancellationToken cancellationToken, DateTime? at = null)
    {
        Expect(item, expectedVersion);
        var now = at ?? Now();
        item.PublishedVersionId = item.LatestVersionId;
        item.FirstPublishedUtc ??= now;
        item.PublishedUtc = now;
        item.PublishedBy = user;
        item.ArchivedUtc = null;
        item.ScheduledPublishUtc = null;
        return await SaveAndAnnounceAsync(item, "published", user, cancellationToken);
    }

    /// <summary>Takes the item down: archived, never deleted; it and its versions stay and can be published again.</summary>
    public async Task<EditResult> ArchiveAsync(ContentItem item, Guid? expectedVersion, string user, CancellationToken cancellationToken)
    {
        Expect(item, expectedVersion);
        item.ArchivedUtc = Now();
        item.ScheduledUnpublishUtc = null;
        item.ScheduledPublishUtc = null;
        return await SaveAndAnnounceAsync(item, "archived", user, cancellationToken);
    }

    /// <summary>Sets or clears the minutes at which the scheduler publishes and takes down (UTC; seconds dropped).</summary>
    public async Task<EditResult> ScheduleAsync(ContentItem item, Guid? expectedVersion, DateTime? publishUtc, DateTime? unpublishUtc, CancellationToken cancellationToken)
    {
        publishUtc = publishUtc is { } p ? Minute(p) : null;
        unpublishUtc = unpublishUtc is { } u ? Minute(u) : null;
        var now = Now();
        var problems = new List<(string Field, string Problem)>();
        if (publishUtc <= now)
        {
            problems.Add(("publishAt", "ska vara en tid som inte har passerat"));
        }

        if (unpublishUtc <= now)
        {
            problems.Add(("unpublishAt", "ska vara en tid som inte har passerat"));
        }
        else if (unpublishUtc is not null && publishUtc is not null && unpublishUtc <= publishUtc)
        {
            problems.Add(("unpublishAt", "ska vara efter tiden för publicering"));
        }

        if (problems.Count > 0)
        {
            return EditResult.Invalid(problems);
        }

        Expect(item, expectedVersion);
        item.ScheduledPublishUtc = publishUtc;
        item.ScheduledUnpublishUtc = unpublishUtc;
        return await TrySaveAsync(cancellationToken) ? EditResult.Saved(item) : EditResult.Conflict;
    }

    /// <summary>Copies an earlier version into a new draft version; what citizens read does not change until it is published.</summary>
    public async Task<EditResult> RestoreAsync(ContentItem item, Guid? expectedVersion, int number, string user, CancellationToken cancellationToken)
    {
        var old = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.ItemId == item.Id && v.Number == number, cancellationToken);
        if (old is null)
        {
            return EditResult.Invalid([("version", "finns inte")]);
        }

        return await SaveAsync(item, item.Kind, ContentDraft.Of(old, item.Slug), expectedVersion, user, cancellationToken, $"Återställd från version {number}");
    }

    /// <summary>The change, its audit row and its subscribers' mail are committed together.</summary>
    private async Task<EditResult> SaveAndAnnounceAsync(ContentItem item, string action, string user, CancellationToken cancellationToken)
    {
        try
        {
            await work.RunAsync(async c =>
            {
                await db.SaveChangesAsync(c);
                await AfterPublishingAsync(item, action, user, c);
            }, cancellationToken);
            return EditResult.Saved(item);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EditResult.Conflict;
        }
    }

    /// <param name="action">"published" or "archived".</param>
    internal async Task AfterPublishingAsync(ContentItem item, string action, string user, CancellationToken cancellationToken)
    {
        var change = action == "archived" ? PublicationChange.Withdrawn : PublicationChange.Published;
        await work.RaiseAsync(new PublicationEvent(PublicContent.CacheTag, change, action, Subject(item), user), cancellationToken);
        // Subscribers hear of a news item once, when it first goes public (by hand or by the scheduler); later
        // corrections and re-publishing after an archive are not news.
        // Only what citizens can read is mailed: an Intern news item may be published for staff, never sent out.
        if (action == "published" && item.Kind == ContentKind.Nyhet && item.IsLive && item.FirstPublishedUtc == item.PublishedUtc
            && await db.Versions.AsNoTracking().Where(v => v.Id == item.PublishedVersionId).Select(v => (Classification?)v.Classification).SingleOrDefaultAsync(cancellationToken) == Classification.Offentlig)
        {
            await notifications.PublishedAsync(ContentSubscriptionTopics.News, item.Title, ContentKinds.PublicPath(item.Kind, item.Slug), cancellationToken);
        }
    }

    private static string Subject(ContentItem item) => $"{ContentKinds.Describe(item.Kind)} {item.Slug} (version {item.LatestNumber})";

    internal static DateTime Minute(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private void Expect(ContentItem item, Guid? expectedVersion)
    {
        if (expectedVersion is { } version)
        {
            db.Entry(item).Property(i => i.Version).OriginalValue = version;
        }
    }

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>A slug names one item: taken when another item has it or had it (its redirect must keep working).</summary>
    private async Task<bool> IsTakenAsync(string slug, Guid itemId, CancellationToken cancellationToken) =>
        await db.Items.AnyAsync(i => i.Slug == slug && i.Id != itemId, cancellationToken)
        || await db.Redirects.AnyAsync(r => r.OldSlug == slug && r.ItemId != itemId, cancellationToken);

    private static List<string> Clean(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What a change came to: saved, refused with problems by field, or a concurrency conflict.</summary>
internal sealed record EditResult(ContentItem? Item, IReadOnlyList<(string Field, string Problem)> Problems, bool IsConflict)
{
    public static readonly EditResult Conflict = new(null, [], true);

    public bool Succeeded => Item is not null;

    public static EditResult Saved(ContentItem item) => new(item, [], false);

    public static EditResult Invalid(IReadOnlyList<(string Field, string Problem)> problems) => new(null, problems, false);
}
