using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Trygghet.Modules.Identity.Data;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Users;

/// <summary>Role → permissions from the role claims, cached briefly. Changes made here are invalidated at once;
/// the short lifetime bounds staleness when several nodes share the database.</summary>
internal sealed class RolePermissionLookup(IdentityDataContext db, IMemoryCache cache) : IRolePermissionLookup
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlySet<string>> GetPermissionsAsync(IEnumerable<string> roleNames, CancellationToken cancellationToken = default)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roleNames.Distinct(StringComparer.Ordinal))
        {
            var permissions = await cache.GetOrCreateAsync(Key(role), async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = Lifetime;
                var normalized = role.ToUpperInvariant();
                return await (from r in db.Roles
                              join c in db.RoleClaims on r.Id equals c.RoleId
                              where r.NormalizedName == normalized && c.ClaimType == PermissionClaim.Type
                              select c.ClaimValue!).ToListAsync(cancellationToken);
            });
            granted.UnionWith(permissions ?? []);
        }

        return granted;
    }

    public static void Invalidate(IMemoryCache cache, string roleName) => cache.Remove(Key(roleName));

    private static string Key(string role) => "role-permissions:" + role;
}
