using Microsoft.AspNetCore.Identity;

namespace Trygghet.Modules.Identity.Users;

/// <summary>A person who signs in. Only what their work needs is stored (GDPR): name and e-mail address.
/// Accounts are deactivated, not deleted, so that what they did stays attributable.</summary>
internal sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeactivatedAt { get; set; }
}
