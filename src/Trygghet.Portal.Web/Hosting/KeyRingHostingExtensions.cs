using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Trygghet.Portal.Web.Site;

namespace Trygghet.Portal.Web.Hosting;

/// <summary>One Data Protection key ring for every node (docs/adr/0025): the keys live in the site's schema of the
/// portal's database, so antiforgery tokens, sign-in cookies and unsubscribe links made on one node open on all.
/// With DataProtection:Certificate the keys are encrypted with it at rest; without, they are stored as plain XML,
/// protected only by who may read the database (ASP.NET Core logs a warning when it writes such a key, outside Development).</summary>
internal static class KeyRingHostingExtensions
{
    /// <summary>Fixed, so nodes installed in different folders share the keys (the default is the content root).</summary>
    public const string ApplicationName = "Trygghet.Portal";

    public const string CertificateSection = "DataProtection:Certificate";

    public static WebApplicationBuilder AddPortalKeyRing(this WebApplicationBuilder builder)
    {
        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<SiteDbContext>();
        if (LoadCertificate(builder.Configuration.GetSection(CertificateSection), builder.Environment.ContentRootPath) is { } certificate)
        {
            // Also registers the certificate for decryption, so it need not be in a machine's certificate store.
            dataProtection.ProtectKeysWithCertificate(certificate);
        }
        else if (builder.Environment.IsDevelopment())
        {
            // A developer's SQLite file holds the keys beside the data they protect; the framework's warning about
            // unencrypted keys would only tell a first-time user that something failed. Production keeps the warning.
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        }

        StartKeyRingAfterMigrations(builder.Services);
        return builder;
    }

    /// <summary>Data Protection's hosted service loads the key ring at start. Identity registered it long before the
    /// migrator, so on a new database it would read the key table before it exists (and log an error): it is moved
    /// behind every hosted service registered so far. Hosted services start one after the other, in order.</summary>
    private static void StartKeyRingAfterMigrations(IServiceCollection services)
    {
        var keyRingServices = services
            .Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService")
            .ToList();
        foreach (var descriptor in keyRingServices)
        {
            services.Remove(descriptor);
            services.Add(descriptor);
        }
    }

    /// <summary>A PFX with its private key, as a file (Path, relative to the content root) or inline (Base64).</summary>
    private static X509Certificate2? LoadCertificate(IConfigurationSection section, string contentRoot)
    {
        var password = section["Password"];
        if (section["Base64"] is { Length: > 0 } base64)
        {
            return X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(base64), password, X509KeyStorageFlags.EphemeralKeySet);
        }

        return section["Path"] is { Length: > 0 } path
            ? X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(contentRoot, path), password, X509KeyStorageFlags.EphemeralKeySet)
            : null;
    }
}
