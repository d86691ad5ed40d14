using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Trygghet.Modules.Identity.OpenId;

/// <summary>The server's signing and encryption certificates. Configured ones are loaded (production: a path or a
/// base64 PFX with its password, from settings or the environment). Otherwise each is generated the first time
/// and kept as a PFX under App:DataPath/identity, so tokens and keys survive restarts; App_Data is never committed.</summary>
internal static class OpenIdCertificates
{
    public static X509Certificate2 Load(CertificateSettings settings, string dataPath, string use, bool requireConfigured, TimeProvider clock)
    {
        if (!string.IsNullOrWhiteSpace(settings.Base64))
        {
            return X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(settings.Base64), settings.Password, X509KeyStorageFlags.EphemeralKeySet);
        }

        if (!string.IsNullOrWhiteSpace(settings.Path))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(settings.Path, settings.Password, X509KeyStorageFlags.EphemeralKeySet);
        }

        if (requireConfigured)
        {
            throw new InvalidOperationException(
                $"{OpenIdSettings.Section}:{Capitalised(use)}Certificate is not configured (Path or Base64, and Password). " +
                "Production sites load their OpenID Connect certificates from configuration.");
        }

        var file = Path.Combine(dataPath, "identity", $"openid-{use}.pfx");
        if (File.Exists(file))
        {
            var existing = X509CertificateLoader.LoadPkcs12FromFile(file, password: null, X509KeyStorageFlags.EphemeralKeySet);
            if (IsValidAt(existing, clock.GetUtcNow()))
            {
                return existing;
            }

            // A generated certificate that has expired (or is not yet valid for this clock) would stop every sign-in:
            // a development site simply makes a new one. Tokens signed with the old one end, as they would on expiry.
            existing.Dispose();
            File.Delete(file);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var generated = Generate(use, clock);
        var pfx = generated.Export(X509ContentType.Pkcs12);
        // Written to a new file only (FileMode.CreateNew): two nodes starting at once never overwrite each other's key.
        try
        {
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(pfx);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another process won the race: use its certificate.
        }

        return X509CertificateLoader.LoadPkcs12FromFile(file, password: null, X509KeyStorageFlags.EphemeralKeySet);
    }

    // Valid from the portal's clock, not the machine's: OpenIddict checks validity against the injected TimeProvider,
    // so a certificate made from another clock can be "not yet valid" to the server that must sign with it.
    private static X509Certificate2 Generate(string use, TimeProvider clock)
    {
        using var key = RSA.Create(3072);
        var request = new CertificateRequest($"CN=Trygghet.Portal OpenID {use}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var usage = use == "signing" ? X509KeyUsageFlags.DigitalSignature : X509KeyUsageFlags.KeyEncipherment;
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        var now = clock.GetUtcNow();
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(5));
    }

    private static bool IsValidAt(X509Certificate2 certificate, DateTimeOffset now) =>
        certificate.NotBefore.ToUniversalTime() <= now.UtcDateTime && now.UtcDateTime <= certificate.NotAfter.ToUniversalTime();

    private static string Capitalised(string use) => char.ToUpperInvariant(use[0]) + use[1..];
}
