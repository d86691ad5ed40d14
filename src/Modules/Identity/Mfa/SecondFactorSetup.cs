using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Trygghet.Modules.Identity.Users;

namespace Trygghet.Modules.Identity.Mfa;

/// <summary>Where a password sign-in goes next: someone the MFA policy covers who has not set up a second factor is
/// sent to set it up straight away (and on to where they were going), rather than finding out at the first page
/// that needs it; the partner space's pages would otherwise send them to the back office's access-denied page.</summary>
internal sealed class SecondFactorSetup(SignInManager<PortalUser> signIn, MfaPolicy policy)
{
    public async Task<string> NextStepAsync(string email, string returnUrl)
    {
        if (!policy.IsEnforced || await signIn.UserManager.FindByEmailAsync(email) is not { TwoFactorEnabled: false } user)
        {
            return returnUrl;
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return await policy.AppliesToAsync(principal, CancellationToken.None)
            ? MfaAuthorizationResultHandler.EnrolPath + QueryString.Create("ReturnUrl", returnUrl)
            : returnUrl;
    }
}
