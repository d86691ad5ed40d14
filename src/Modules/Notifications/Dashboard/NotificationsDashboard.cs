using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Notifications.Data;
using Trygghet.Modules.Notifications.Outbox;
using Trygghet.Portal.Core.Dashboard;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Notifications.Dashboard;

/// <summary>Notifications' part of the start page: mail the outbox gave up on (Dead), which nobody else will
/// notice until a member asks why no kallelse came. Counts only: the outbox page masks the recipients.</summary>
internal sealed class NotificationsDashboard(NotificationsDbContext db, IPermissionChecker permissions, IStringLocalizer<NotificationsDashboard> t) : IDashboardSource
{
    public string ModuleName => NotificationsModule.ModuleName;

    public async Task<IReadOnlyList<DashboardSection>> GetSectionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await permissions.HasAsync(user, Permissions.Manage.Name))
        {
            return [];
        }

        var dead = await db.Messages.CountAsync(m => m.State == OutboxState.Dead, cancellationToken);
        var items = dead == 0 ? new List<DashboardItem>()
            : [new(t["{0} e-postmeddelanden gick inte fram", dead], "/admin/utskick", t["Se felet och skicka om dem."], Attention: true)];
        return [new("utskick", t["E-post som inte gick fram"], 33, items, t["All e-post har gått fram eller väntar på att skickas."])];
    }
}
