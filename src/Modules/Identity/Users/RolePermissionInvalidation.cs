using Microsoft.Extensions.Caching.Memory;
using Trygghet.Portal.Core.Caching;

namespace Trygghet.Modules.Identity.Users;

/// <summary>Another node changed a role's permissions: this node forgets its cached copy at once instead of after
/// <see cref="RolePermissionLookup"/>'s lifetime. "*" (messages may have been lost) forgets every role.</summary>
internal sealed class RolePermissionInvalidation(IMemoryCache cache) : IInvalidationHandler
{
    public const string Name = "role-permissions";

    public string Cache => Name;

    public ValueTask InvalidateAsync(string key, CancellationToken cancellationToken)
    {
        if (key == "*" && cache is MemoryCache memory)
        {
            memory.Clear();
        }
        else
        {
            RolePermissionLookup.Invalidate(cache, key);
        }

        return ValueTask.CompletedTask;
    }
}
