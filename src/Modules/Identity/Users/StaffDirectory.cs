using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Identity.Contracts;

namespace Trygghet.Modules.Identity.Users;

internal sealed class StaffDirectory(UserManager<PortalUser> users) : IStaffDirectory
{
    public async Task<StaffAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        return user is null || user.DeactivatedAt is not null ? null : Of(user);
    }

    public async Task<IReadOnlyList<StaffAccount>> FindByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var found = await users.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.DeactivatedAt == null).ToListAsync(cancellationToken);
        return found.Select(Of).ToList();
    }

    private static StaffAccount Of(PortalUser user) => new(user.Id, user.Email ?? string.Empty, user.DisplayName);
}
