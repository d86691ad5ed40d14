using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Mfa;

/// <summary>A signed-in person whom the policy covers, but who has not used a second factor in this session, does not
/// get back-office access (Portal.AccessAdmin, which every /admin page requires), whatever their roles grant.</summary>
internal sealed class MfaRequirementHandler(MfaPolicy policy) : AuthorizationHandler<PermissionRequirement>
{
    public const string Reason = "Tvåstegsverifiering krävs.";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (requirement.Permission == CorePermissions.AccessAdmin.Name
            && context.User.Identity?.IsAuthenticated == true
            && !MfaPolicy.SignedInWithMfa(context.User)
            && await policy.AppliesToAsync(context.User, CancellationToken.None))
        {
            context.Fail(new AuthorizationFailureReason(this, Reason));
        }
    }
}

/// <summary>The <see cref="Contracts.IdentityPolicies.SecondFactor"/> policy: pages outside /admin that the MFA policy
/// must cover too (the partner space), whatever permission they need.</summary>
internal sealed class SecondFactorRequirement : IAuthorizationRequirement;

internal sealed class SecondFactorRequirementHandler(MfaPolicy policy) : AuthorizationHandler<SecondFactorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SecondFactorRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        if (MfaPolicy.SignedInWithMfa(context.User) || !await policy.AppliesToAsync(context.User, CancellationToken.None))
        {
            context.Succeed(requirement);
            return;
        }

        context.Fail(new AuthorizationFailureReason(this, MfaRequirementHandler.Reason));
    }
}

/// <summary>Sends whoever was refused for want of a second factor to set it up (or, when set up, to sign in with
/// it), back to where they were going afterwards; every other refusal is answered as before.</summary>
internal sealed class MfaAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    public const string EnrolPath = "/konto/tvastegsverifiering";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailureReasons.Any(r => r.Handler is MfaRequirementHandler or SecondFactorRequirementHandler) == true)
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect(EnrolPath + QueryString.Create("ReturnUrl", returnUrl));
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
