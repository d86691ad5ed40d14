using Microsoft.AspNetCore.Authorization;

namespace Trygghet.Portal.Core.Security;

/// <summary>The one way a page or endpoint asks for a permission.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicy.For(permission))
{
    public string Permission { get; } = permission;
}
