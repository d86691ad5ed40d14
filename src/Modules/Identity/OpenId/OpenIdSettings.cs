using Microsoft.Extensions.Configuration;

namespace Trygghet.Modules.Identity.OpenId;

/// <summary>Modules:Identity:OpenId. Certificates come from here in production; without them a development or
/// test site generates its own once and keeps them under App:DataPath (see <see cref="OpenIdCertificates"/>).</summary>
internal sealed class OpenIdSettings
{
    public const string Section = "Modules:Identity:OpenId";

    /// <summary>Plain HTTP for the protocol endpoints: only for a developer's http://localhost.</summary>
    public bool AllowInsecureHttp { get; init; }

    /// <summary>Certificates must be configured (production): a missing one stops the start instead of being generated.</summary>
    public bool RequireConfiguredCertificates { get; init; }

    public CertificateSettings SigningCertificate { get; init; } = new();

    public CertificateSettings EncryptionCertificate { get; init; } = new();

    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; init; } = TimeSpan.FromDays(14);

    /// <summary>How often the pruning runs, and how old an invalid token or authorization must be to go.</summary>
    public TimeSpan PruneInterval { get; init; } = TimeSpan.FromHours(1);

    public TimeSpan PruneRetention { get; init; } = TimeSpan.FromDays(14);

    public static OpenIdSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<OpenIdSettings>() ?? new OpenIdSettings();
}

/// <summary>A PFX given either as a file (<see cref="Path"/>) or inline (<see cref="Base64"/>), with its password.</summary>
internal sealed class CertificateSettings
{
    public string? Path { get; init; }

    public string? Base64 { get; init; }

    public string? Password { get; init; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Path) || !string.IsNullOrWhiteSpace(Base64);
}
