using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Partners.Data;
using Trygghet.Portal.Core.Dashboard;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Core.Time;

namespace Trygghet.Modules.Partners.Dashboard;

/// <summary>Partners' part of the start page: invitations still open, and those that ran out unanswered in the
/// last month (someone probably still means to join: resend or revoke them).</summary>
internal sealed class PartnersDashboard(PartnersDbContext db, IPermissionChecker permissions, TimeProvider clock, IStringLocalizer<PartnersDashboard> t) : IDashboardSource
{
    private const int ExpiredDaysShown = 30;

    public string ModuleName => PartnersModule.ModuleName;

    public async Task<IReadOnlyList<DashboardSection>> GetSectionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await permissions.HasAsync(user, Permissions.Manage.Name))
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-ExpiredDaysShown);
        var open = await db.Invitations.AsNoTracking()
            .Where(i => i.AcceptedUtc == null && i.RevokedUtc == null && i.ExpiresUtc > since)
            .OrderBy(i => i.ExpiresUtc).Take(20).ToListAsync(cancellationToken);
        var items = open.Select(i => i.ExpiresUtc <= now
                ? new DashboardItem(t["{0} ({1})", i.Name, i.Email], "/admin/inbjudningar", t["Gick ut {0} utan svar.", Local(i.ExpiresUtc)], Attention: true)
                : new DashboardItem(t["{0} ({1})", i.Name, i.Email], "/admin/inbjudningar", t["Väntar på svar, gäller till {0}.", Local(i.ExpiresUtc)]))
            .OrderByDescending(i => i.Attention).ToList();
        return [new("inbjudningar", t["Inbjudningar som väntar eller har gått ut"], 32, items, t["Inga inbjudningar väntar på svar."], new(t["Alla inbjudningar"], "/admin/inbjudningar"))];
    }

    private static string Local(DateTime utc) =>
        SwedishTime.ToLocal(new DateTimeOffset(utc, TimeSpan.Zero)).ToString("yyyy-MM-dd HH.mm", CultureInfo.InvariantCulture);
}
