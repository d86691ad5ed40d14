using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Trygghet.Modules.Identity.Mfa;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Audit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Trygghet.Modules.Identity.OpenId;

/// <summary>The protocol endpoints that need the portal's decisions (who the person is, what a client gets).
/// OpenIddict has validated the request before these run: client, redirect URI, PKCE, scopes and grant type;
/// discovery and revocation it answers entirely by itself. All are anonymous by nature: the protocol
/// authenticates the client and the person itself.</summary>
internal static class OpenIdEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/" + OpenIdServerRegistration.AuthorizePath, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync)
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        endpoints.MapPost("/" + OpenIdServerRegistration.TokenPath, TokenAsync)
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        endpoints.MapMethods("/" + OpenIdServerRegistration.UserInfoPath, [HttpMethods.Get, HttpMethods.Post], UserInfoAsync)
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    /// <summary>Signs the person in with the portal's own cookie (the normal sign-in page, then back here) and
    /// issues the code. Applications are registered by administrators, so there is no consent screen.</summary>
    private static async Task<IResult> AuthorizeAsync(HttpContext http, UserManager<PortalUser> users, PortalClaims claims,
        IOpenIddictApplicationManager applications, IOpenIddictAuthorizationManager authorizations, IAuditTrail audit, MfaPolicy mfa)
    {
        var request = http.GetOpenIddictServerRequest();
        if (request is null)
        {
            return Results.NotFound();
        }

        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded ? await users.GetUserAsync(cookie.Principal!) : null;
        if (user is null || user.DeactivatedAt is not null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.LoginRequired, "Användaren är inte inloggad.");
            }

            // Back to this very request after sign-in; prompt=login is dropped so the loop ends.
            var parameters = request.GetParameters()
                .Where(p => p.Key != Parameters.Prompt)
                .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()));
            var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        if (!MfaPolicy.SignedInWithMfa(cookie.Principal!) && await mfa.AppliesToAsync(cookie.Principal!, http.RequestAborted))
        {
            // No token for a person the policy covers until this session has used a second factor.
            var back = http.Request.PathBase + http.Request.Path + QueryString.Create(request.GetParameters()
                .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString())));
            return Results.Redirect(MfaAuthorizationResultHandler.EnrolPath + QueryString.Create("ReturnUrl", back));
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!)
            ?? throw new InvalidOperationException("OpenIddict validated a client that does not exist.");
        var applicationId = await applications.GetIdAsync(application);
        var scopes = request.GetScopes();
        var principal = await claims.ForUserAsync(user, scopes);

        // One permanent authorization per person, client and scopes: revoking it ends every token issued under it.
        object? authorization = null;
        await foreach (var existing in authorizations.FindAsync(user.Id, applicationId, Statuses.Valid, AuthorizationTypes.Permanent, scopes))
        {
            authorization = existing;
        }

        authorization ??= await authorizations.CreateAsync(principal, user.Id, applicationId!, AuthorizationTypes.Permanent, scopes);
        principal.SetAuthorizationId(await authorizations.GetIdAsync(authorization));
        await audit.RecordAsync(new AuditEvent(AuditCategories.Token, "authorized client", request.ClientId, Actor: user.UserName));
        return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext http, UserManager<PortalUser> users, PortalClaims claims,
        IOpenIddictApplicationManager applications, IAuditTrail audit)
    {
        var request = http.GetOpenIddictServerRequest();
        if (request is null)
        {
            return Results.NotFound();
        }

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!)
                ?? throw new InvalidOperationException("OpenIddict validated a client that does not exist.");
            var properties = await applications.GetPropertiesAsync(application);
            var organisation = properties.TryGetValue(ApplicationProperties.Organisation, out var value) ? value.GetString() : null;
            var principal = PortalClaims.ForClient(request.ClientId!, await applications.GetDisplayNameAsync(application), organisation, request.GetScopes());
            await audit.RecordAsync(new AuditEvent(AuditCategories.Token, "issued client-credentials token", request.ClientId, Actor: request.ClientId));
            return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The code or refresh token has been validated, including its entry and authorization in the database.
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var subject = result.Principal?.GetClaim(Claims.Subject);
            var user = subject is null ? null : await users.FindByIdAsync(subject);
            if (user is null || user.DeactivatedAt is not null || await users.IsLockedOutAsync(user))
            {
                return Refuse(Errors.InvalidGrant, "Kontot kan inte längre logga in.");
            }

            var principal = await claims.ForUserAsync(user, result.Principal!.GetScopes());
            principal.SetAuthorizationId(result.Principal!.GetAuthorizationId());
            return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Refuse(Errors.UnsupportedGrantType, "Den här typen av begäran stöds inte.");
    }

    /// <summary>The claims the access token's scopes allow, for the person it was issued to.</summary>
    private static async Task<IResult> UserInfoAsync(HttpContext http, UserManager<PortalUser> users)
    {
        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var subject = result.Principal?.GetClaim(Claims.Subject);
        var user = subject is null ? null : await users.FindByIdAsync(subject);
        if (user is null || user.DeactivatedAt is not null)
        {
            return Results.Challenge(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "Kontot finns inte längre.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var info = new Dictionary<string, object?>(StringComparer.Ordinal) { [Claims.Subject] = user.Id };
        if (result.Principal!.HasScope(Scopes.Profile))
        {
            info[Claims.Name] = user.DisplayName;
            info[Claims.PreferredUsername] = user.UserName;
            info[Claims.Role] = await users.GetRolesAsync(user);
        }

        if (result.Principal!.HasScope(Scopes.Email))
        {
            info[Claims.Email] = user.Email;
            info[Claims.EmailVerified] = user.EmailConfirmed;
        }

        return Results.Json(info);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
