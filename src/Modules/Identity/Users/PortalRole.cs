using Microsoft.AspNetCore.Identity;

namespace Trygghet.Modules.Identity.Users;

/// <summary>A role; its permissions are role claims of type <see cref="PermissionClaim.Type"/>.</summary>
internal sealed class PortalRole : IdentityRole
{
    public PortalRole()
    {
    }

    public PortalRole(string name)
        : base(name)
    {
    }

    public string Description { get; set; } = string.Empty;
}
