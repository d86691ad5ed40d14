using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Trygghet.Portal.Core.Security;

/// <summary>Checks a permission from code (menus, buttons) through the same policies as endpoints.</summary>
public interface IPermissionChecker
{
    Task<bool> HasAsync(ClaimsPrincipal user, string permission);
}

internal sealed class PermissionChecker(IAuthorizationService authorization) : IPermissionChecker
{
    public async Task<bool> HasAsync(ClaimsPrincipal user, string permission) =>
        (await authorization.AuthorizeAsync(user, PermissionPolicy.For(permission))).Succeeded;
}
