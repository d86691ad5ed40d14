using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Content.Tests;

/// <summary>The edit page holds two forms. "Spara schemat" posts only the schedule's fields, so the content form is
/// bound under the empty prefix ("Title", not "Input.Title") and its [Required] title failed validation: the editor
/// got "Ange Rubrik." and no schedule was saved.</summary>
public sealed class ScheduleFormTests
{
    [Fact]
    public async Task SparaSchemat_OnTheEditPage_SavesTheSchedule_WithoutTheContentFormsErrors()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();
        var path = await admin.CreateDraftAsync("Nyhet att schemalägga");

        var response = await admin.SubmitFormAsync(path, [("Schedule.PublishAt", "2031-05-04T09:30")], "form#schedule-form");

        IReadOnlyList<string> errors = response.StatusCode == HttpStatusCode.Redirect ? [] : (await response.ReadDocumentAsync()).ErrorMessages();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {string.Join(" ", errors)}");
        Assert.Equal(path, response.RedirectPath());
        var (_, page) = await admin.GetPageAsync(path);
        Assert.Contains("Schemat är sparat.", page.QuerySelector("main .notice")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("2031-05-04T09:30", page.QuerySelector("#schedule-form input[name='Schedule.PublishAt']")?.GetAttribute("value"), StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }
}
