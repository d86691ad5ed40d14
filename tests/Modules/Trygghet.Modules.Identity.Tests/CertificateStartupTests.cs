using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>Where certificates must come from configuration (Production, or RequireConfiguredCertificates), a site
/// without them refuses to start and says which setting is missing; it does not start and then answer every request
/// with a 500, as it did while OpenIddict's options were first built on a request.</summary>
public sealed class CertificateStartupTests
{
    private const string Section = "Modules:Identity:OpenId";

    [Fact]
    public async Task WithoutConfiguredCertificates_TheHostRefusesToStart_NamingTheSetting()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => PortalApp.StartAsync(recipe: null,
            settings: new Dictionary<string, string?> { [$"{Section}:RequireConfiguredCertificates"] = "true" }));

        Assert.Contains($"{Section}:SigningCertificate is not configured", Flatten(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithConfiguredCertificates_TheSiteStarts_AndPublishesTheSigningKey()
    {
        await using var app = await PortalApp.StartAsync(recipe: null, settings: new Dictionary<string, string?>
        {
            [$"{Section}:RequireConfiguredCertificates"] = "true",
            [$"{Section}:SigningCertificate:Base64"] = Pfx("signing"),
            [$"{Section}:SigningCertificate:Password"] = "test",
            [$"{Section}:EncryptionCertificate:Base64"] = Pfx("encryption"),
            [$"{Section}:EncryptionCertificate:Password"] = "test",
        });
        using var client = app.CreatePortalClient();

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
    }

    private static string Flatten(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Flatten))
            : exception.Message + (exception.InnerException is { } inner ? " | " + Flatten(inner) : string.Empty);

    private static string Pfx(string use)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=trygghet-test-{use}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(PortalApp.DemoDay.AddDays(-1), PortalApp.DemoDay.AddDays(30));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12, "test"));
    }
}
