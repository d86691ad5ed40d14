using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Content.Tests;

/// <summary>The news editor links meetings, measures and medborgarlöften and picks its image by choosing them by
/// name in server-rendered lists: no field asks for an id, a slug or an address, and no JavaScript is needed.</summary>
public sealed class PickerTests
{
    [Fact]
    public async Task NewsItem_WithImageMeetingMeasureAndPromise_ChosenThroughPickers_WithoutTypingAnIdOrAddress()
    {
        await using var app = await PortalApp.StartAsync();
        using var editor = await app.CreateAdminClientAsync();

        var (_, form) = await editor.GetPageAsync("/admin/innehall/new");
        // Nothing to type an identifier into: the link fields are checkboxes, the image a choice of thumbnails.
        var typed = form.QuerySelectorAll("main form input[type=text], main form input:not([type]), main form textarea")
            .Select(e => e.GetAttribute("name")).ToList();
        Assert.DoesNotContain("Input.Meetings", typed);
        Assert.DoesNotContain("Input.Measures", typed);
        Assert.DoesNotContain("Input.Promises", typed);
        Assert.DoesNotContain("Input.ImageUrl", typed);
        Assert.DoesNotContain(form.QuerySelectorAll("main form label"), l => l.TextContent.Contains("slug, ", StringComparison.Ordinal) || l.TextContent.Contains("(id", StringComparison.Ordinal));
        Assert.NotEmpty(form.QuerySelectorAll("#bild img[src^='/media/']"));

        // Choose by name: a medborgarlöfte and an image from the first lists, then search the meetings. Searching sends
        // the form back unsaved: what was typed and chosen stays, the lists are narrowed.
        var promise = form.QuerySelectorAll<IHtmlInputElement>("#Input_PromiseSlugs input[type=checkbox]").First();
        var image = form.QuerySelectorAll<IHtmlInputElement>("#bild input[type=radio]").First(r => r.Value.StartsWith("/media/", StringComparison.Ordinal));
        var searched = await editor.SubmitFormAsync(form,
            [("Input.Kind", "Nyhet"), ("Input.Title", "Kvällsvandring med Trygghetsrådet"), ("Input.Lead", "Ingress."), ("Input.Body", "Text."),
             ("Input.PromiseSlugs", promise.Value), ("Input.ImageUrl", image.Value), ("Input.LinkSearch", "Trygghetsrådet"), ("Input.Pick", "true")]);
        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        var narrowed = await searched.ReadDocumentAsync();
        Assert.Equal("Kvällsvandring med Trygghetsrådet", narrowed.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value);
        var meetings = Labels(narrowed, "Input_MeetingIds");
        Assert.NotEmpty(meetings);
        Assert.All(meetings, m => Assert.StartsWith("Trygghetsrådet", m, StringComparison.Ordinal));
        Assert.Empty(Labels(narrowed, "Input_MeasureSlugs"));
        var meeting = Checkbox(narrowed, "Input_MeetingIds", meetings[0]);

        // A second search finds the measure; the chosen meeting, promise and image stay chosen though they do not match.
        var again = await editor.SubmitFormAsync(narrowed, [("Input.MeetingIds", meeting.Value), ("Input.LinkSearch", "belysning"), ("Input.Pick", "true")]);
        var kept = await again.ReadDocumentAsync();
        Assert.True(Checkbox(kept, "Input_MeetingIds", meetings[0]).IsChecked);
        Assert.Single(Checked(kept, "Input_PromiseSlugs"));
        Assert.True(kept.QuerySelectorAll<IHtmlInputElement>("#bild input[type=radio]").Single(r => r.Value == image.Value).IsChecked);
        var measure = Checkbox(kept, "Input_MeasureSlugs", "Bättre belysning i parker och gångstråk");
        Assert.False(measure.IsChecked);

        // Saving keeps the choices; the alternative text comes from the library when none is written.
        var saved = await editor.SubmitFormAsync(kept, [("Input.MeasureSlugs", measure.Value)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var path = saved.RedirectPath();
        var (_, edit) = await editor.GetPageAsync(path);
        Assert.Equal([meetings[0]], Checked(edit, "Input_MeetingIds"));
        Assert.Equal(["Bättre belysning i parker och gångstråk"], Checked(edit, "Input_MeasureSlugs"));
        Assert.Single(Checked(edit, "Input_PromiseSlugs"));
        Assert.False(string.IsNullOrWhiteSpace(edit.QuerySelector<IHtmlInputElement>("input[name='Input.ImageAlt']")!.Value));

        await editor.PublishAsync(path);
        using var visitor = app.CreatePortalClient();
        var (_, article) = await visitor.GetPageAsync("/nyheter/kvallsvandring-med-trygghetsradet");
        Assert.NotNull(article.QuerySelector($"img[src='{image.Value}']"));
        Assert.NotNull(article.QuerySelector($"a[href='/sammantraden/{meeting.Value}']"));
        Assert.NotNull(article.QuerySelector($"a[href='/atgardsplan/{measure.Value}']"));
        Assert.NotNull(article.QuerySelector($"a[href='/medborgarloften/{promise.Value}']"));
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task EnterInATextField_Saves_BecauseTheFormsFirstSubmitButtonIsSave_NotThePickersSearch()
    {
        await using var app = await PortalApp.StartAsync();
        using var editor = await app.CreateAdminClientAsync();
        var (_, form) = await editor.GetPageAsync("/admin/innehall/new");
        AssertDefaultButtonSaves(form);

        // Enter submits the form with its default button: it has no name, so nothing asks for a search and the draft is saved.
        var created = await editor.SubmitFormAsync(form, [("Input.Kind", "Nyhet"), ("Input.Title", "Sparad med Enter")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (_, edit) = await editor.GetPageAsync(created.RedirectPath());
        AssertDefaultButtonSaves(edit);
        var saved = await editor.SubmitFormAsync(edit, [("Input.Title", "Sparad med Enter igen")], formSelector: "#edit-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, after) = await editor.GetPageAsync(saved.RedirectPath());
        Assert.Equal("Sparad med Enter igen", after.QuerySelector<IHtmlInputElement>("#edit-form input[name='Input.Title']")!.Value);
        app.AssertNoErrorsLogged();
    }

    /// <summary>HTML's implicit submission (Enter in a text field) activates the first submit button of the form in
    /// tree order. It must be a save: no name (so no Input.Pick), no formaction, and it must come before the searches.</summary>
    private static void AssertDefaultButtonSaves(IDocument page)
    {
        var form = page.QuerySelector<IHtmlFormElement>("#edit-form") ?? page.QuerySelector<IHtmlFormElement>("main form")!;
        var submits = form.QuerySelectorAll("button, input[type=submit], input[type=image]")
            .Where(b => b is not IHtmlButtonElement button || button.Type == "submit").ToList();
        var first = submits[0];
        Assert.Null(first.GetAttribute("name"));
        Assert.Null(first.GetAttribute("formaction"));
        Assert.Null(first.GetAttribute("formnovalidate"));
        Assert.Contains(submits.Skip(1), b => b.GetAttribute("name") == "Input.Pick");
    }

    private static List<string> Labels(IDocument page, string list) =>
        page.QuerySelectorAll($"#{list} li label").Select(l => l.ChildNodes.First().TextContent.Trim()).ToList();

    private static List<string> Checked(IDocument page, string list) =>
        page.QuerySelectorAll<IHtmlInputElement>($"#{list} input[type=checkbox]").Where(c => c.IsChecked)
            .Select(c => page.QuerySelector($"label[for='{c.Id}']")!.ChildNodes.First().TextContent.Trim()).ToList();

    private static IHtmlInputElement Checkbox(IDocument page, string list, string label)
    {
        var found = page.QuerySelectorAll($"#{list} li label").Single(l => l.ChildNodes.First().TextContent.Trim() == label);
        return page.QuerySelector<IHtmlInputElement>($"#{found.GetAttribute("for")}")!;
    }
}
