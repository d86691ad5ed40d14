using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Content.Areas.Content.Pages.Admin;
using Trygghet.Modules.Content.Data;
using Trygghet.Modules.Content.Items;
using Trygghet.Portal.Core.Dashboard;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Content.Dashboard;

/// <summary>Content's part of the start page, for those who write and publish: drafts (new items and unpublished
/// changes to live ones), what is scheduled and when, and what was published lately.</summary>
internal sealed class ContentDashboard(ContentDbContext db, IPermissionChecker permissions, IStringLocalizer<ContentDashboard> t) : IDashboardSource
{
    private const int Shown = 10;

    public string ModuleName => ContentModule.ModuleName;

    public async Task<IReadOnlyList<DashboardSection>> GetSectionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await permissions.HasAsync(user, Permissions.Manage.Name))
        {
            return [];
        }

        var drafts = await db.Items.AsNoTracking()
            .Where(i => i.ArchivedUtc == null && i.ScheduledPublishUtc == null && i.PublishedVersionId != i.LatestVersionId)
            .OrderByDescending(i => i.CreatedUtc).Take(Shown).ToListAsync(cancellationToken);
        var scheduled = await db.Items.AsNoTracking()
            .Where(i => i.ScheduledPublishUtc != null || i.ScheduledUnpublishUtc != null)
            .OrderBy(i => i.ScheduledPublishUtc ?? i.ScheduledUnpublishUtc).Take(Shown).ToListAsync(cancellationToken);
        var published = await db.Items.AsNoTracking()
            .Where(i => i.PublishedVersionId != null && i.ArchivedUtc == null && i.PublishedUtc != null)
            .OrderByDescending(i => i.PublishedUtc).Take(5).ToListAsync(cancellationToken);
        return
        [
            new("utkast", t["Utkast som väntar på publicering"], 25, drafts.Select(i => Item(i, t[ContentStatus.Describe(i)])).ToList(),
                t["Inga utkast väntar."], new(t["Allt innehåll"], "/admin/innehall")),
            new("schemalagt", t["Schemalagt"], 35, scheduled.Select(i => Item(i, Schedule(i))).ToList(), t["Inget är schemalagt."]),
            new("publicerat", t["Senast publicerat"], 60, published.Select(i => Item(i, t["Publicerad {0} av {1}.", ContentStatus.Local(i.PublishedUtc!.Value), i.PublishedBy ?? "–"])).ToList(),
                t["Inget är publicerat än."]),
        ];
    }

    private DashboardItem Item(ContentItem item, string detail) => new(t["{0}: {1}", Kind(item.Kind), item.Title], $"/admin/innehall/{item.Id}", detail);

    private string Schedule(ContentItem item) => (item.ScheduledPublishUtc, item.ScheduledUnpublishUtc) switch
    {
        ({ } publish, { } unpublish) => t["Publiceras {0}, arkiveras {1}.", ContentStatus.Local(publish), ContentStatus.Local(unpublish)],
        ({ } publish, null) => t["Publiceras {0}.", ContentStatus.Local(publish)],
        (null, { } unpublish) => t["Arkiveras {0}.", ContentStatus.Local(unpublish)],
        _ => string.Empty,
    };

    private string Kind(ContentKind kind) => kind == ContentKind.Nyhet ? t["Nyhet"] : t["Sida"];
}
