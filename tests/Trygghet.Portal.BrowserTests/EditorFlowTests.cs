using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Trygghet.Portal.Core.Time;
using Trygghet.Portal.Testing;
using static Microsoft.Playwright.Assertions;

namespace Trygghet.Portal.BrowserTests;

/// <summary>An editor's working day as shipped (issue 16): a new Redaktör signs in with password and TOTP, keeps working
/// past the security-stamp validation interval, uploads an image, writes a news item that shows it and links a measure
/// and a meeting chosen in the pickers, schedules it, and
/// the scheduled publication puts the item, with its image, on the public page and in the feed.</summary>
public sealed class EditorFlowTests(PortalBrowser site) : IClassFixture<PortalBrowser>
{
    private const string Editor = "redaktor.flode@example.se";
    private const string Password = "ett långt lösenord för redaktören";
    private const string Title = "Ljusvandring längs Stångån";
    private const string Alt = "Lyktor längs en gångväg vid ån en kväll";

    /// <summary>Identity checks the security stamp once a minute (IdentityModule); past it the session must hold.</summary>
    private static readonly TimeSpan PastValidationInterval = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Editor_WithTotp_UploadsAnImage_WritesAndSchedulesNews_AndTheImageIsPublicAndInTheFeed()
    {
        Chromium.EnsureInstalled();
        var clock = Assert.IsType<TestClock>(site.App.Clock);
        await CreateEditorAsync();
        await using var session = await site.OpenAsync();
        var page = session.Page;

        await SignInAsync(page);
        clock.Advance(PastValidationInterval);
        var image = await UploadImageAsync(page);
        clock.Advance(PastValidationInterval);
        var slug = await WriteNewsAsync(page, image);
        await ScheduleAsync(page, SwedishTime.ToLocal(clock.GetUtcNow()).AddMinutes(2));

        // The item is not public before its time; the clock passes it and the publisher's next minute publishes it.
        Assert.Equal(404, (await page.APIRequest.GetAsync($"/nyheter/{slug}")).Status);
        clock.Advance(TimeSpan.FromMinutes(3));
        await WaitUntilPublicAsync(page, $"/nyheter/{slug}");

        await page.GotoAsync($"/nyheter/{slug}");
        await Expect(page.Locator("h1")).ToHaveTextAsync(Title);
        var shown = page.Locator($"main img[alt='{Alt}']").First;
        await Expect(shown).ToBeVisibleAsync();
        Assert.True(await shown.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The news image did not load on the public page.");
        await Expect(page.Locator("main a[href^='/atgardsplan/']").First).ToBeVisibleAsync();
        await Expect(page.Locator("main a[href^='/sammantraden/']").First).ToBeVisibleAsync();

        var feed = await page.APIRequest.GetAsync("/nyheter/feed.xml");
        var xml = await feed.TextAsync();
        Assert.Equal(200, feed.Status);
        Assert.Contains(Title, xml, StringComparison.Ordinal);
        Assert.Contains(image, xml, StringComparison.Ordinal);

        // Still signed in after all that time: the back office answers, not the second-factor page.
        await page.GotoAsync("/admin/innehall");
        await page.ExpectPathAsync("/admin/innehall");
    }

    /// <summary>The administrator makes the editor's account through the users form, in the browser.</summary>
    private async Task CreateEditorAsync()
    {
        await using var admin = await site.OpenAsync(signedInAsAdmin: true);
        var page = admin.Page;
        await page.GotoAsync("/admin/users/new");
        await page.Locator("[name='Input.Email']").FillAsync(Editor);
        await page.Locator("[name='Input.DisplayName']").FillAsync("Redaktör i flödestestet");
        await page.Locator("[name='Input.Password']").FillAsync(Password);
        await page.Locator("input[name='Input.Roles'][value='Redaktör']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa konto" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/users(/[^n].*)?$"));
    }

    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/konto/logga-in?ReturnUrl=%2Fadmin%2Fmedia");
        await page.GetByLabel("E-postadress").FillAsync(Editor);
        await page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync(Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await site.AnswerSecondFactorAsync(page, Editor);
        await page.ExpectPathAsync("/admin/media");
    }

    /// <summary>Uploads a PNG the browser draws (a canvas), and returns the address the library tells editors to use.</summary>
    private static async Task<string> UploadImageAsync(IPage page)
    {
        await page.GotoAsync("/admin/media");
        await page.ExpectPathAsync("/admin/media");
        var png = Convert.FromBase64String(await page.EvaluateAsync<string>("""
            () => {
              const c = document.createElement('canvas'); c.width = 640; c.height = 400;
              const g = c.getContext('2d');
              g.fillStyle = '#1d3557'; g.fillRect(0, 0, 640, 400);
              g.fillStyle = '#f4a261'; for (let i = 0; i < 8; i++) { g.beginPath(); g.arc(60 + i * 75, 260 - i * 12, 18, 0, 7); g.fill(); }
              return c.toDataURL('image/png').split(',')[1];
            }
            """));
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "ljusvandring.png", MimeType = "image/png", Buffer = png });
        await page.GetByLabel("Förslag på alternativtext (för bilder)").FillAsync(Alt);
        await page.Locator("#upload-form button[type=submit]").ClickAsync();
        var row = page.Locator("tr", new() { HasText = "ljusvandring.png" });
        await Expect(row).ToBeVisibleAsync();
        return (await row.Locator("code").InnerTextAsync()).Trim();
    }

    /// <summary>Writes the news item with the image as its picture and in its text; returns its slug.</summary>
    private static async Task<string> WriteNewsAsync(IPage page, string image)
    {
        await page.GotoAsync("/admin/innehall/new");
        await page.ExpectPathAsync("/admin/innehall/new");
        await page.GetByLabel("Nyhet (visas under /nyheter och i flödet)").CheckAsync();
        await page.GetByLabel("Rubrik", new() { Exact = true }).FillAsync(Title);
        await page.GetByLabel("Ingress").FillAsync("Kom med på en kvällsvandring med lyktor längs ån.");
        await page.GetByLabel("Brödtext (Markdown)").FillAsync($"Vi samlas vid Tinnerbäcksbadet.\n\n![{Alt}]({image})\n\nAlla är välkomna.");
        // The picture is chosen from the library's thumbnails (the picker), not typed.
        await page.GetByLabel("ljusvandring.png").CheckAsync();
        await page.GetByLabel("Bildens alternativtext").FillAsync(Alt);
        // A measure and a meeting linked through the pickers' title search: no slug or id is typed (issue 21).
        var links = page.Locator("#kopplingar");
        var search = links.GetByLabel("Sök sammanträden, åtgärder och medborgarlöften");
        await search.FillAsync("Grannsamverkan");
        await links.GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await links.GetByLabel("Grannsamverkan mot brott").CheckAsync();
        await search.FillAsync("Trygghetsrådet");
        await links.GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await links.Locator("input[name='Input.MeetingIds']").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/innehall/[0-9a-f-]{36}$"));
        var address = await page.Locator("dl.facts dd").Nth(1).InnerTextAsync();
        return Regex.Match(address, "/nyheter/([a-z0-9-]+)").Groups[1].Value;
    }

    private static async Task ScheduleAsync(IPage page, DateTime swedishTime)
    {
        await page.GetByLabel("Publicera", new() { Exact = true }).FillAsync(swedishTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara schemat" }).ClickAsync();
        await Expect(page.Locator("p.notice[role=status]")).ToBeVisibleAsync();
        // A valid form's summary holds one hidden, empty item (ASP.NET Core's validation summary).
        Assert.DoesNotContain(await page.Locator(".error-summary li").AllInnerTextsAsync(), t => !string.IsNullOrWhiteSpace(t));
    }

    /// <summary>The publisher wakes at the start of every real minute: wait for it, as an editor waits for the time.</summary>
    private static async Task WaitUntilPublicAsync(IPage page, string path)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await page.APIRequest.GetAsync(path)).Status != 200)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(75), $"{path} was not published within 75 s of its scheduled time.");
            await Task.Delay(1000);
        }
    }
}
