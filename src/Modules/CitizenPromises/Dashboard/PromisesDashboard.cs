using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.CitizenPromises.Data;
using Trygghet.Portal.Core.Dashboard;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.CitizenPromises.Dashboard;

/// <summary>CitizenPromises' part of the start page: for those who write the promises, the promises of the
/// medborgarlöfte in force that have gone a quarter without a follow-up (Brå found feedback to citizens to be the
/// weak point); for both writers and publishers, the drafts waiting to be published.</summary>
internal sealed class PromisesDashboard(CitizenPromisesDbContext db, IPermissionChecker permissions, TimeProvider clock, IStringLocalizer<PromisesDashboard> t) : IDashboardSource
{
    /// <summary>A promise is followed up at least once a quarter while its medborgarlöfte runs.</summary>
    public const int FollowUpMonths = 3;

    public string ModuleName => CitizenPromisesModule.ModuleName;

    public async Task<IReadOnlyList<DashboardSection>> GetSectionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var manages = await permissions.HasAsync(user, Permissions.Manage.Name);
        var publishes = await permissions.HasAsync(user, Permissions.Publish.Name);
        var sections = new List<DashboardSection>();
        if (manages)
        {
            sections.Add(await FollowUpsDueAsync(cancellationToken));
        }

        if (manages || publishes)
        {
            sections.Add(await DraftsAsync(publishes, cancellationToken));
        }

        return sections;
    }

    private async Task<DashboardSection> FollowUpsDueAsync(CancellationToken cancellationToken)
    {
        var today = SwedishTime.Today(clock);
        var due = today.AddMonths(-FollowUpMonths);
        var sets = await db.Sets.AsNoTracking().Where(s => s.PeriodFrom <= today && s.PeriodTo >= today).ToListAsync(cancellationToken);
        var setIds = sets.Select(s => s.Id).ToList();
        var promises = await db.Promises.AsNoTracking().Where(p => setIds.Contains(p.SetId)).OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);
        var promiseIds = promises.Select(p => p.Id).ToList();
        var latest = (await db.FollowUps.AsNoTracking().Where(f => promiseIds.Contains(f.PromiseId)).Select(f => new { f.PromiseId, f.Date }).ToListAsync(cancellationToken))
            .GroupBy(f => f.PromiseId).ToDictionary(g => g.Key, g => g.Max(f => f.Date));
        var items = promises
            .Where(p => !latest.TryGetValue(p.Id, out var last) || last < due)
            .Select(p => new DashboardItem(p.Text, $"/admin/medborgarloften/{p.SetId}/loften/{p.Id}/uppfoljningar/new",
                latest.TryGetValue(p.Id, out var last) ? t["Senast följt upp {0}.", Day(last)] : t["Aldrig följt upp."], Attention: true))
            .ToList();
        return new("loftesuppfoljning", t["Medborgarlöften att följa upp"], 22, items,
            sets.Count == 0 ? t["Inget medborgarlöfte gäller i dag."] : t["Alla löften är uppföljda det senaste kvartalet."]);
    }

    private async Task<DashboardSection> DraftsAsync(bool publishes, CancellationToken cancellationToken)
    {
        var url = publishes ? "/admin/medborgarloften/publicera" : "/admin/medborgarloften";
        var sets = await db.Sets.AsNoTracking().Where(s => s.PublishedUtc == null).Select(s => s.Title).ToListAsync(cancellationToken);
        var promises = await db.Promises.AsNoTracking().Where(p => p.PublishedUtc == null).Select(p => p.Text).ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.PublishedUtc == null).Select(f => f.Title).ToListAsync(cancellationToken);
        var items = sets.Select(s => new DashboardItem(s, url, t["Medborgarlöfte, utkast."]))
            .Concat(promises.Select(p => new DashboardItem(p, url, t["Löfte, utkast."])))
            .Concat(followUps.Select(f => new DashboardItem(f, url, t["Uppföljning, utkast."])))
            .ToList();
        return new("loftesutkast", t["Medborgarlöften och uppföljningar att publicera"], 26, items, t["Inga utkast väntar."]);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
