using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;
using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Modules.Identity.OpenId;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Modules;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Trygghet.Modules.Identity.PartnerApi;

/// <summary>/api/partner/v1: for partner systems only, by an access token from client credentials with the
/// partner.api scope (validated by OpenIddict against its database entry on every call, so revoking the token or
/// deleting the client ends access at once). The organisation is read from the client's registration on each call,
/// never from the request, so a system can read and report on its own organisation's measures and on no other.</summary>
internal static class PartnerApiEndpoints
{
    public const string Policy = "PartnerApi";

    public static void AddPartnerApi(this IServiceCollection services) =>
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasScope(OpenIdScopes.PartnerApi)));

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/partner/v1").RequireAuthorization(Policy).DisableAntiforgery().WithTags("Partner-API");
        api.MapGet("/atgarder", ListAsync)
            .WithSummary("Åtgärderna som partnerns organisation ansvarar för");
        api.MapPost("/atgarder/{slug}/rapporter", ReportAsync)
            .WithSummary("Rapportera framsteg på en av organisationens åtgärder");
    }

    private static async Task<IResult> ListAsync(HttpContext http, IOpenIddictApplicationManager applications, ISiteModules modules, CancellationToken cancellationToken)
    {
        if (Reporting(http, modules) is not { } reporting)
        {
            return NoFollowUp();
        }

        if (await OrganisationAsync(http.User, applications, cancellationToken) is not { } organisation)
        {
            return NoOrganisation();
        }

        return Results.Ok(await reporting.MeasuresOfAsync(organisation, cancellationToken));
    }

    private static async Task<IResult> ReportAsync(string slug, ReportRequest? request, HttpContext http, IOpenIddictApplicationManager applications,
        ISiteModules modules, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (Reporting(http, modules) is not { } reporting)
        {
            return NoFollowUp();
        }

        var client = ClientId(http.User);
        if (await OrganisationAsync(http.User, applications, cancellationToken) is not { } organisation)
        {
            return NoOrganisation();
        }

        if (request?.Date is not { } date || request.Status is null || request.Text is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["body"] = ["Ange date (ÅÅÅÅ-MM-DD), status (en statusnyckel) och text; progress (0–100) är valfritt."],
            }, title: "Rapporten är ofullständig.");
        }

        var result = await reporting.ReportAsync(organisation, slug, new PartnerProgressReport(date, request.Status, request.Progress, request.Text, client), cancellationToken);
        var subject = $"measure {slug} for {organisation}";
        switch (result.Outcome)
        {
            case PartnerReportOutcome.Saved:
                // The report's publication event is the audit row (FollowUp's ProgressReporting), recorded with it.
                return Results.Created($"/atgardsplan/{slug}", new { measure = slug, date, status = request.Status });
            case PartnerReportOutcome.NotFound:
                // A security event: a token for one organisation used on a measure that is not its own (or a guess).
                await audit.RecordAsync(new AuditEvent(AuditCategories.Token, "refused progress report on a measure outside its organisation", subject, Actor: client, Succeeded: false), cancellationToken);
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Åtgärden finns inte bland din organisations åtgärder.",
                    detail: "Partnersystem kan bara rapportera på åtgärder som den egna organisationen ansvarar för. Se GET /api/partner/v1/atgarder.");
            case PartnerReportOutcome.Conflict:
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Åtgärden ändrades samtidigt. Skicka rapporten igen.");
            default:
                return Results.ValidationProblem(result.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }), title: "Rapporten har fel.");
        }
    }

    /// <summary>Null when FollowUp is switched off (by configuration: not loaded; by the recipe: off for the site).</summary>
    private static IPartnerMeasureReporting? Reporting(HttpContext http, ISiteModules modules) =>
        modules.IsEnabled("FollowUp") ? http.RequestServices.GetService<IPartnerMeasureReporting>() : null;

    /// <summary>Client credentials only: the subject is the client itself. A person's token never carries partner.api
    /// (no interactive client may be granted it), and this check keeps it that way should one be.</summary>
    private static string ClientId(ClaimsPrincipal user) => user.GetClaim(Claims.ClientId) ?? user.GetClaim(Claims.Subject) ?? string.Empty;

    private static async Task<string?> OrganisationAsync(ClaimsPrincipal user, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var client = ClientId(user);
        if (client.Length == 0 || user.GetClaim(Claims.Subject) != client
            || await applications.FindByClientIdAsync(client, cancellationToken) is not { } application)
        {
            return null;
        }

        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return properties.TryGetValue(ApplicationProperties.Organisation, out var value) ? value.GetString() : null;
    }

    private static IResult NoFollowUp() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Uppföljningen är inte påslagen på den här webbplatsen.");

    private static IResult NoOrganisation() =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Klienten hör inte till någon organisation.",
            detail: "En administratör anger organisationen på klienten under /admin/applications.");

    internal sealed record ReportRequest(DateOnly? Date, string? Status, int? Progress, string? Text);
}
