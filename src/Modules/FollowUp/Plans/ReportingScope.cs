using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.FollowUp.Data;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>Who may report on what: whoever manages the plan reports on every measure; whoever holds
/// FollowUp.ReportProgress reports only on the measures of the responsible bodies that list them as reporters.</summary>
internal sealed class ReportingScope(FollowUpDbContext db, IPermissionChecker permissions)
{
    public static string? SignInName(ClaimsPrincipal user) =>
        (user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name)?.Trim().ToLowerInvariant();

    public Task<bool> ManagesPlanAsync(ClaimsPrincipal user) => permissions.HasAsync(user, Permissions.ManagePlan.Name);

    /// <summary>The bodies <paramref name="user"/> reports for (empty when none or without the permission).</summary>
    public async Task<IReadOnlyList<Guid>> BodiesOfAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (SignInName(user) is not { } name || !await permissions.HasAsync(user, Permissions.ReportProgress.Name))
        {
            return [];
        }

        return await db.ResponsibleBodies.AsNoTracking().Where(b => b.Reporters.Contains(name)).Select(b => b.Id).ToListAsync(cancellationToken);
    }

    public async Task<bool> MayReportAsync(ClaimsPrincipal user, Measure measure, CancellationToken cancellationToken)
    {
        if (await ManagesPlanAsync(user))
        {
            return true;
        }

        return measure.ResponsibleBodyId is { } body && (await BodiesOfAsync(user, cancellationToken)).Contains(body);
    }
}
