using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Trygghet.Modules.Identity.Contracts;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Users;

internal sealed class AccountSetup(
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    TimeProvider clock,
    IStringLocalizer<AccountSetup> t) : IAccountSetup
{
    public async Task<IReadOnlyList<AccountProblem>> CreateAdministratorAsync(string email, string password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email) || !new EmailAddressAttribute().IsValid(email))
        {
            return [new AccountProblem("Email", t["Ange en giltig e-postadress för administratören."])];
        }

        if (await roles.FindByNameAsync(WellKnownRoles.Administrator) is null)
        {
            var created = await roles.CreateAsync(new PortalRole(WellKnownRoles.Administrator)
            {
                Description = t["Har alla behörigheter."],
            });
            if (!created.Succeeded)
            {
                return Problems("Email", created);
            }
        }

        var user = new PortalUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = t["Administratör"],
            CreatedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            var field = result.Errors.All(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "Password" : "Email";
            return Problems(field, result);
        }

        result = await users.AddToRoleAsync(user, WellKnownRoles.Administrator);
        return result.Succeeded ? [] : Problems("Email", result);
    }

    private static AccountProblem[] Problems(string field, IdentityResult result) =>
        result.Errors.Select(e => new AccountProblem(field, e.Description)).Distinct().ToArray();
}
