using System.Net;
using System.Text;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>Issue 18.4: an attachment's bytes go through the site's file store (a shared folder, or the database every
/// node reads), not onto the disk of the node that took the upload.</summary>
public sealed class AttachmentStoreTests
{
    [Theory]
    [MemberData(nameof(FileStoreVariants.All), MemberType = typeof(FileStoreVariants))]
    public async Task Attachment_IsKeptInTheSitesFileStore_AndServedFromIt(string provider, string store)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider, settings: FileStoreVariants.Settings(store));
        using var admin = await app.CreateAdminClientAsync();
        var meeting = await admin.CreateMeetingAsync("Trygghetsrådet", app.Today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "13:00", "15:00");
        await admin.AddAgendaItemAsync(meeting, "Lägesbild", "Offentlig");
        var (_, agenda) = await admin.GetPageAsync(meeting);
        var item = agenda.QuerySelectorAll("main table tbody a").First().GetAttribute("href")!;
        var content = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {Guid.NewGuid()}\n%%EOF\n");

        var id = await admin.UploadAsync(item + "/bilagor", "lagesbild.pdf", content);

        Assert.Equal(content, await app.StoredFileAsync("governance/attachments/" + Guid.Parse(id).ToString("N")));
        var download = await admin.GetAsync($"/admin/meetings/{MinutesHttp.MeetingId(meeting)}/bilagor/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        app.AssertNoErrorsLogged();
    }
}
