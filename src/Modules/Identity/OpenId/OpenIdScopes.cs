using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Trygghet.Modules.Identity.OpenId;

/// <summary>The scopes the server knows. <see cref="PartnerApi"/> is what a partner system needs for /api/partner/v1.</summary>
internal static class OpenIdScopes
{
    public const string PartnerApi = "partner.api";

    public static IReadOnlyList<string> All { get; } = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, PartnerApi];
}

/// <summary>The custom properties of an application (OpenIddict keeps them as JSON on the application row).</summary>
internal static class ApplicationProperties
{
    /// <summary>A partner system's organisation: the slug of the FollowUp responsible body it reports for.</summary>
    public const string Organisation = "organisation";

    /// <summary>The claim that carries it in the token, so the partner API need not guess.</summary>
    public const string OrganisationClaim = "trygghet:organisation";
}
