using Microsoft.Extensions.Configuration;

namespace Trygghet.Modules.Identity.External;

/// <summary>Modules:Identity:ExternalProvider: the municipality's OpenID Connect provider for staff sign-in.
/// Without an Issuer and a ClientId nothing is registered and the sign-in page shows no button. The secret is
/// read from the same section (ClientSecret), which production fills from the environment
/// (Modules__Identity__ExternalProvider__ClientSecret); it is never written in code or a recipe.</summary>
internal sealed class ExternalProviderSettings
{
    public const string Section = "Modules:Identity:ExternalProvider";

    /// <summary>The callback the provider redirects back to (registered there as https://{site}/signin-oidc).</summary>
    public const string RedirectionPath = "signin-oidc";

    /// <summary>The name the OpenIddict client knows the registration by.</summary>
    public const string ProviderName = "Kommunen";

    public string? Issuer { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string DisplayName { get; init; } = "kommunens konto";

    public List<string> Scopes { get; init; } = [];

    /// <summary>For a provider that sends no email_verified claim but whose addresses the municipality itself
    /// issues (many directory-backed providers): their e-mail is then trusted for the first link.</summary>
    public bool EmailsAreVerified { get; init; }

    /// <summary>"amr" values (RFC 8176) that count as a second factor done at the provider; then the portal does
    /// not ask for its own TOTP. Default "mfa" and "otp".</summary>
    public List<string> MfaMethods { get; init; } = [];

    /// <summary>False: the provider's "amr" is ignored and the roles the MFA policy names always use the portal's TOTP.</summary>
    public bool TrustProviderMfa { get; init; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Issuer) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The key of a person's link (AspNetUserLogins.LoginProvider): the issuer, so a subject of another
    /// provider can never match a link made with this one.</summary>
    public string LoginProvider => new Uri(Issuer!, UriKind.Absolute).AbsoluteUri;

    public IReadOnlyList<string> EffectiveScopes => Scopes.Count > 0 ? Scopes : ["openid", "profile", "email"];

    /// <summary>Configuration binding appends to list defaults, so the defaults are applied here, not in the initialisers.</summary>
    public IReadOnlyList<string> EffectiveMfaMethods => MfaMethods.Count > 0 ? MfaMethods : ["mfa", "otp"];

    public static ExternalProviderSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<ExternalProviderSettings>() ?? new ExternalProviderSettings();
}
