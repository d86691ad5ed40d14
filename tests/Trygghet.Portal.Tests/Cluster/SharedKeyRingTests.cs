using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Governance.Contracts;
using Trygghet.Portal.Testing;
using Trygghet.Portal.Web.Site;

namespace Trygghet.Portal.Tests.Cluster;

/// <summary>Two nodes on one database (PostgreSQL, or one SQLite file both open) behind a balancer without sticky
/// sessions: the Data Protection key ring is the database's, so a form made by one node posts to the other and a
/// sign-in cookie from one is accepted by the other; the keys are stored encrypted with the configured certificate.</summary>
public sealed class SharedKeyRingTests
{
    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task TwoNodes_FormsAndCookiesWorkOnEither_KeysEncryptedInTheDatabase(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var shared = new Dictionary<string, string?>
        {
            ["App:DataPath"] = database.DataPath,
            ["ConnectionStrings:Portal"] = database.ConnectionString,
            ["DataProtection:Certificate:Base64"] = SelfSignedPfx(),
        };
        // One clock for both nodes, as two servers synchronised by NTP: the TOTP step and the cookie times agree.
        var clock = new TestClock(PortalApp.DemoDay);
        await using var a = await PortalApp.StartAsync(provider, settings: shared, clock: clock);
        await using var b = await PortalApp.StartAsync(provider, settings: shared, clock: clock);
        var (browser, balancer) = RoundRobin.Client(a, b);
        using var _ = browser;

        // The sign-in form comes from one node and is posted to the other; the cookie then opens both.
        await browser.SignInAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);
        for (var i = 0; i < 4; i++)
        {
            var admin = await browser.Http.GetAsync("/admin");
            Assert.True(admin.StatusCode == HttpStatusCode.OK, $"Request {i} to node {balancer.Answered[^1]} answered {(int)admin.StatusCode}");
        }

        var forum = (await ForumsAsync(a)).Single(f => f.Slug == "trygghetsradet");
        for (var i = 0; i < 2; i++)
        {
            var saved = await browser.SubmitFormAsync($"/admin/forums/{forum.Id}", [("Input.Name", $"Trygghetsrådet {i}")]);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Contains(0, balancer.Answered);
        Assert.Contains(1, balancer.Answered);
        await using var scope = a.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<SiteDbContext>().DataProtectionKeys.ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Contains("<encryptedSecret", key.Xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", key.Xml, StringComparison.Ordinal);
        });
    }

    private static async Task<IReadOnlyList<ForumSummary>> ForumsAsync(PortalApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IForumDirectory>().ListAsync(CancellationToken.None);
    }

    private static string SelfSignedPfx()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Trygghet.Portal key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pfx));
    }
}
