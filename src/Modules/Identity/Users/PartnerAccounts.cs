using Microsoft.AspNetCore.Identity;
using Trygghet.Modules.Identity.Contracts;

namespace Trygghet.Modules.Identity.Users;

/// <summary>Creates partner accounts for the Partners module's invitations. The role is created when a site's
/// recipe did not (it carries no permissions: a partner's access comes from space membership).</summary>
internal sealed class PartnerAccounts(UserManager<PortalUser> users, RoleManager<PortalRole> roles, TimeProvider clock) : IPartnerAccounts
{
    public const string PartnerRole = "Partner";

    public async Task<PartnerAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        return user is null ? null : Of(user);
    }

    public async Task<PartnerAccountResult> CreateAsync(string email, string displayName, string password, CancellationToken cancellationToken)
    {
        if (await roles.FindByNameAsync(PartnerRole) is null)
        {
            var role = await roles.CreateAsync(new PortalRole(PartnerRole) { Description = "Representanter för Samverkansrådets externa organisationer." });
            if (!role.Succeeded)
            {
                return Failed("Email", role);
            }
        }

        var user = new PortalUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            // The invitation link reached this address: that confirms it.
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Failed(created.Errors.All(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "Password" : "Email", created);
        }

        var added = await users.AddToRoleAsync(user, PartnerRole);
        return added.Succeeded ? new PartnerAccountResult(Of(user), []) : Failed("Email", added);
    }

    private static PartnerAccountResult Failed(string field, IdentityResult result) =>
        new(null, result.Errors.Select(e => new AccountProblem(field, e.Description)).Distinct().ToArray());

    private static PartnerAccount Of(PortalUser user) => new(user.Id, user.Email ?? string.Empty, user.DisplayName);
}
