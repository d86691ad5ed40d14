using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trygghet.Modules.Audit.Data;
using Trygghet.Modules.Audit.Entries;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Audit.Tests;

/// <summary>Events of real flows reach the audit view and its CSV; the store only appends; the view filters and
/// is closed to everyone without Audit.View.</summary>
public sealed class AuditTrailTests
{
    private static readonly byte[] PdfBytes = Encoding.ASCII.GetBytes("%PDF-1.4\n% test\n%%EOF\n");

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task DownloadOfASecretAttachment_AndAMembershipChange_AppearInTheViewAndTheCsv(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        using var admin = await app.CreateAdminClientAsync();
        var download = await admin.SecretAttachmentAsync(PdfBytes);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(download)).StatusCode);
        var forum = await admin.ForumIdAsync("Samverkansråd");
        var joined = await admin.SubmitFormAsync($"/admin/forums/{forum}/members/new",
            [("Input.PersonName", "Maja Partnersson"), ("Input.Kind", "Ledamot"), ("Input.From", "2026-01-01"), ("Input.AccountEmail", "")]);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);

        var rows = await admin.AuditRowsAsync();
        var attachmentId = download[(download.LastIndexOf('/') + 1)..];
        var downloaded = Assert.Single(rows, r => r[1] == "Åtkomst till icke-offentligt material" && r[4].Contains(attachmentId, StringComparison.Ordinal));
        Assert.Equal([PortalApp.AdminEmail, "laddade ner bilaga i administrationen", "Lyckades"], [downloaded[2], downloaded[3], downloaded[6]]);
        var membership = Assert.Single(rows, r => r[1] == "Uppdrag och medlemskap");
        Assert.Equal("Maja Partnersson i Samverkansråd", membership[4]);
        Assert.StartsWith("lade till uppdrag som Ledamot", membership[3], StringComparison.Ordinal);

        var csv = await admin.Http.GetAsync("/admin/audit?handler=csv&kategori=classified-access", TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("tid,kategori,vem,vad,gallande,varifran,lyckades", lines[0]);
        var line = Assert.Single(lines.Skip(1));
        Assert.Contains($",classified-access,{PortalApp.AdminEmail},laddade ner bilaga i administrationen,bilaga {attachmentId} till sammanträdet ", line, StringComparison.Ordinal);
        Assert.EndsWith(",true", line, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Store_RefusesToChangeOrRemoveAnEntry_ThroughTheContextAndThroughSql(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent(AuditCategories.Permissions, "gav rollen Administratör", "konto 1", Actor: "test"), TestContext.Current.CancellationToken);
        }

        await using var check = app.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<AuditDbContext>();
        var entry = await db.Entries.SingleAsync(e => e.Actor == "test", TestContext.Current.CancellationToken);
        entry.Action = "gav ingen roll";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        db.Entries.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        db.ChangeTracker.Clear();
        // Bulk statements bypass SaveChanges; the database's triggers refuse them.
        await Assert.ThrowsAnyAsync<Exception>(() => db.Entries.Where(e => e.Actor == "test").ExecuteUpdateAsync(s => s.SetProperty(e => e.Action, "gav ingen roll"), TestContext.Current.CancellationToken));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Entries.Where(e => e.Actor == "test").ExecuteDeleteAsync(TestContext.Current.CancellationToken));

        var kept = await db.Entries.AsNoTracking().SingleAsync(e => e.Actor == "test", TestContext.Current.CancellationToken);
        Assert.Equal("gav rollen Administratör", kept.Action);
    }

    [Fact]
    public async Task Filters_ByCategoryActorPeriodAndText_AndPagination()
    {
        await using var app = await PortalApp.StartAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            for (var i = 0; i < 30; i++)
            {
                await audit.RecordAsync(new AuditEvent(AuditCategories.Invitation, $"skickade inbjudan {i}", $"person{i}@example.se", Actor: "eva@example.se"), TestContext.Current.CancellationToken);
            }

            await audit.RecordAsync(new AuditEvent(AuditCategories.SignIn, "misslyckad inloggning", "okänd@example.se", Actor: "okänd@example.se", Succeeded: false), TestContext.Current.CancellationToken);
        }

        using var admin = await app.CreateAdminClientAsync();
        var today = app.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // The administrator's own sign-in is audited by Identity too; the actor filter leaves only the refused one.
        var signIns = await admin.AuditRowsAsync("?kategori=sign-in&vem=ok");
        Assert.Equal([["Inloggning", "okänd@example.se", "misslyckad inloggning", "Nekades"]], signIns.Select(r => new[] { r[1], r[2], r[3], r[6] }));
        Assert.Contains(await admin.AuditRowsAsync("?kategori=sign-in"), r => r[2] == "admin@example.se" && r[6] == "Lyckades");
        var (_, invitations) = await admin.GetPageAsync("/admin/audit?kategori=invitation&vem=EVA");
        Assert.Equal("30 händelser", invitations.QuerySelector("main caption")!.TextContent.Trim());
        Assert.Equal(25, AuditHttp.Rows(invitations).Count);
        Assert.Equal("skickade inbjudan 29", AuditHttp.Rows(invitations)[0][3]);
        var secondPage = await admin.AuditRowsAsync("?kategori=invitation&vem=EVA&sida=2");
        Assert.Equal(5, secondPage.Count);
        Assert.Equal("skickade inbjudan 0", secondPage[^1][3]);
        Assert.Equal(["person17@example.se"], (await admin.AuditRowsAsync("?q=PERSON17")).Select(r => r[4]));
        Assert.Empty(await admin.AuditRowsAsync("?fran=2020-01-01&till=2020-12-31"));
        var (_, todays) = await admin.GetPageAsync($"/admin/audit?fran={today}&till={today}&vem=%40example.se");
        // 30 invitations, the refused sign-in, and the administrator's own sign-in in two steps (password, then TOTP set up).
        Assert.Equal("33 händelser", todays.QuerySelector("main caption")!.TextContent.Trim());

        var (_, wrong) = await admin.GetPageAsync("/admin/audit?kategori=hittepa&fran=2026-02-01&till=2026-01-01");
        Assert.Equal(["Till och med kan inte vara före från och med.", "Välj en kategori i listan."], wrong.ErrorMessages().Order());
        Assert.Equal("Välj en kategori i listan.", wrong.QuerySelector("#kategori-error")?.TextContent.Trim());
        Assert.Equal("Till och med kan inte vara före från och med.", wrong.QuerySelector("#till-error")?.TextContent.Trim());
        app.AssertNoErrorsLogged();
    }

    /// <summary>Excel in a Swedish locale splits on ";": an address typed into the sign-in form must stay one quoted
    /// cell in the CSV, never a cell of its own that starts with "=".</summary>
    [Fact]
    public async Task FailedSignIn_WithAFormulaInTheAddress_IsQuotedInTheCsv()
    {
        await using var app = await PortalApp.StartAsync();
        using var stranger = app.CreatePortalClient();
        await stranger.SubmitFormAsync("/konto/logga-in", [("Input.Email", "x;=1+1;@x.se"), ("Input.Password", "fel lösenord")]);
        await stranger.SubmitFormAsync("/konto/logga-in", [("Input.Email", "=1+1@x.se"), ("Input.Password", "fel lösenord")]);
        using var admin = await app.CreateAdminClientAsync();

        var csv = await admin.Http.GetStringAsync("/admin/audit?handler=csv&kategori=sign-in", TestContext.Current.CancellationToken);

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains(",\"x;=1+1;@x.se\",", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",'=1+1@x.se,", StringComparison.Ordinal));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task View_IsClosedToAnonymousVisitorsAndEditors_OpenToSakerhetsenheten()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        await admin.CreateUserAsync("redaktor@example.se", "Redaktör", "Redaktör");
        await admin.CreateUserAsync("sakerhet@example.se", "Säkerhet", "Säkerhetsenhet");
        using var anonymous = app.CreatePortalClient();
        using var editor = await app.CreateSignedInClientAsync("redaktor@example.se");
        using var security = await app.CreateSignedInClientAsync("sakerhet@example.se");

        foreach (var url in new[] { "/admin/audit", "/admin/audit?handler=csv" })
        {
            var anonymousAnswer = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, anonymousAnswer.StatusCode);
            Assert.StartsWith(PortalHttp.SignInPath, anonymousAnswer.RedirectPath(), StringComparison.Ordinal);
            var editorAnswer = await editor.GetAsync(url);
            Assert.Equal(PortalHttp.AccessDeniedPath, editorAnswer.RedirectPath());
            Assert.Equal(HttpStatusCode.OK, (await security.GetAsync(url)).StatusCode);
        }

        app.AssertNoErrorsLogged();
    }
}
