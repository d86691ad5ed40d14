using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Governance.Tests;

/// <summary>Protokoll: § numbers per forum and calendar year across meetings, never by hand; justerad text is
/// frozen and corrected only by a new paragraph; only justerade public decisions reach citizens.</summary>
public sealed class MinutesTests
{
    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Paragraphs_AreNumberedPerForumAndYear_ContinuingAcrossThatYearsMeetings(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider, recipe: "linkoping");
        using var admin = await app.CreateAdminClientAsync();
        var march = await admin.StartProtocolAsync(await admin.CreateMeetingAsync("Trygghetsrådet", "2031-03-12", "13:00", "15:00"));
        var june = await admin.StartProtocolAsync(await admin.CreateMeetingAsync("Trygghetsrådet", "2031-06-11", "13:00", "15:00"));
        var otherForum = await admin.StartProtocolAsync(await admin.CreateMeetingAsync("Samverkansråd", "2031-04-02", "13:00", "15:00"));
        var nextYear = await admin.StartProtocolAsync(await admin.CreateMeetingAsync("Trygghetsrådet", "2032-02-10", "13:00", "15:00"));

        Assert.Equal(1, await admin.AddParagraphAsync(march, "Mötets öppnande"));
        Assert.Equal(2, await admin.AddParagraphAsync(march, "Lägesbild"));
        Assert.Equal(3, await admin.AddParagraphAsync(june, "Åtgärdsplan"));
        Assert.Equal(4, await admin.AddParagraphAsync(june, "Intern beredning", "Intern"));
        Assert.Equal(1, await admin.AddParagraphAsync(otherForum, "Samverkan"));
        Assert.Equal(1, await admin.AddParagraphAsync(nextYear, "Nytt år"));

        // March cannot take § 5 once June has paragraphs: numbers would no longer follow the meetings.
        var refused = await admin.SubmitFormAsync(march + "/paragrafer/new", [("Input.Title", "Sent tillägg"), ("Input.Decision", "Beslut.")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Protokollet har ett senare sammanträde samma år som redan har paragrafer; paragrafer numreras i sammanträdenas ordning."],
            (await refused.ReadDocumentAsync()).ErrorMessages());
        var (_, marchPage) = await admin.GetPageAsync(march);
        Assert.Equal([1, 2], marchPage.Numbers());
        var (_, junePage) = await admin.GetPageAsync(june);
        Assert.Equal([3, 4], junePage.Numbers());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Paragraphs_AddedAtTheSameTime_GetDistinctConsecutiveNumbers()
    {
        await using var app = await PortalApp.StartAsync(recipe: "linkoping");
        using var admin = await app.CreateAdminClientAsync();
        var protocol = await admin.StartProtocolAsync(await admin.CreateMeetingAsync("Trygghetsrådet", "2031-03-12", "13:00", "15:00"));
        var forms = new List<AngleSharp.Dom.IDocument>();
        for (var i = 0; i < 6; i++)
        {
            forms.Add((await admin.GetPageAsync(protocol + "/paragrafer/new")).Document);
        }

        var responses = await Task.WhenAll(forms.Select((form, i) => admin.SubmitFormAsync(form, [("Input.Title", $"Ärende {i}"), ("Input.Decision", "Beslut.")])));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var (_, page) = await admin.GetPageAsync(protocol);
        Assert.Equal([1, 2, 3, 4, 5, 6], page.Numbers().Order());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Paragraph_NumberEditedByHand_IsRefusedNamingTheField_AndNothingIsSaved()
    {
        await using var app = await PortalApp.StartAsync(recipe: "linkoping");
        using var admin = await app.CreateAdminClientAsync();
        var protocol = await admin.StartProtocolAsync(await admin.CreateMeetingAsync("Trygghetsrådet", "2031-03-12", "13:00", "15:00"));
        await admin.AddParagraphAsync(protocol, "Första");
        var path = await admin.ParagraphPathAsync(protocol, 1);

        var onCreate = await admin.SubmitFormAsync(protocol + "/paragrafer/new", [("Input.Title", "Andra"), ("Input.Decision", "Beslut."), ("Input.Number", "7")]);
        var onEdit = await admin.SubmitFormAsync(path, [("Input.Title", "Ändrad"), ("Input.Number", "9")]);

        const string Message = "Paragrafnummer sätts av systemet och kan inte ändras för hand.";
        Assert.Equal([Message], (await onCreate.ReadDocumentAsync()).ErrorMessages());
        Assert.Equal([Message], (await onEdit.ReadDocumentAsync()).ErrorMessages());
        var (_, page) = await admin.GetPageAsync(protocol);
        Assert.Equal([1], page.Numbers());
        Assert.Equal("Första", page.QuerySelector("main table[aria-labelledby='paragraphs-heading'] tbody a")?.TextContent.Trim());
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task JusteradText_CannotBeEdited_AndACorrectionIsANewParagraphThatCitizensSeeBesideTheOriginal(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider, recipe: "linkoping");
        using var admin = await app.CreateAdminClientAsync();
        var meeting = await admin.CreateMeetingAsync("Trygghetsrådet", "2025-03-12", "13:00", "15:00", status: "Genomfort");
        var protocol = await admin.StartProtocolAsync(meeting);
        await admin.AddParagraphAsync(protocol, "Lägesbild 2025", decision: "Lägesbilden fastställs.");
        var original = await admin.ParagraphPathAsync(protocol, 1);
        // An edit form left open while the protokoll is justerat.
        var (_, staleForm) = await admin.GetPageAsync(original);
        await admin.AdjustAsync(protocol, "2025-03-20");

        var edit = await admin.SubmitFormAsync(staleForm, [("Input.Title", "Ändrad i efterhand"), ("Input.Decision", "Annat beslut.")]);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains("Protokollet är justerat. Justerad text kan inte ändras; gör en rättelse i stället.", (await edit.ReadDocumentAsync()).ErrorMessages());
        var addAfter = await admin.SubmitFormAsync(protocol + "/paragrafer/new", [("Input.Title", "Efteråt"), ("Input.Decision", "Beslut.")]);
        Assert.Equal(HttpStatusCode.OK, addAfter.StatusCode);

        var corrected = await admin.SubmitFormAsync(original + "/rattelse",
            [("Input.CorrectionReason", "Fel årtal i beslutet"), ("Input.Decision", "Lägesbilden för 2025 fastställs.")]);
        Assert.Equal(protocol, corrected.RedirectPath());

        var (_, page) = await admin.GetPageAsync(protocol);
        Assert.Equal([1, 2], page.Numbers());
        using var citizen = app.CreatePortalClient();
        var (_, publicPage) = await citizen.GetPageAsync("/sammantraden/" + MinutesHttp.MeetingId(meeting));
        var paragraphs = publicPage.QuerySelectorAll("main li.paragraph").Select(li => li.Normalized()).ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.Contains("Beslut: Lägesbilden fastställs.", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("Rättelse av § 1. Skäl: Fel årtal i beslutet", paragraphs[1], StringComparison.Ordinal);
        Assert.Contains("Beslut: Lägesbilden för 2025 fastställs.", paragraphs[1], StringComparison.Ordinal);
        var (_, decision) = await citizen.GetPageAsync("/beslut/trygghetsradet/2025/1");
        Assert.Equal("Trygghetsrådet 2025-03-12 § 1", decision.QuerySelector("main .citation")?.TextContent.Trim());
        Assert.Contains("Beslutet har rättats, se § 2.", decision.QuerySelector("main .notice")?.Normalized(), StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Justering_BeforeTheMeetingOrWithoutSignatories_IsRefusedNamingTheField()
    {
        await using var app = await PortalApp.StartAsync(recipe: "linkoping");
        using var admin = await app.CreateAdminClientAsync();
        var protocol = await admin.StartProtocolAsync(await admin.CreateMeetingAsync("Trygghetsrådet", "2025-03-12", "13:00", "15:00", status: "Genomfort"));
        await admin.AddParagraphAsync(protocol, "Lägesbild");

        var early = await admin.SubmitFormAsync(protocol, [("Adjust.AdjustedOn", "2025-03-01"), ("Adjust.AdjustedBy", "Lena Ström")], handler: "Adjust");
        var unsigned = await admin.SubmitFormAsync(protocol, [("Adjust.AdjustedOn", "2025-03-20"), ("Adjust.AdjustedBy", "")], handler: "Adjust");

        Assert.Equal("Justerat den kan inte vara före sammanträdet.", (await early.ReadDocumentAsync()).QuerySelector("#adjustedon-error")?.TextContent.Trim());
        Assert.Equal("Ange Justerat av.", (await unsigned.ReadDocumentAsync()).QuerySelector("#adjustedby-error")?.TextContent.Trim());
        var (_, page) = await admin.GetPageAsync(protocol);
        Assert.StartsWith("Utkast.", page.QuerySelector("main .protocol-state")?.TextContent.Trim(), StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }

    [Theory]
    [MemberData(nameof(TestProvider.All), MemberType = typeof(TestProvider))]
    public async Task Citizens_SeeOnlyJusteradePublicDecisions_NeverDraftsInternOrSekretessContent(string provider)
    {
        TestProvider.EnsureAvailable(provider);
        await using var app = await PortalApp.StartAsync(provider, recipe: "linkoping");
        using var admin = await app.CreateAdminClientAsync();
        var meeting = await admin.CreateMeetingAsync("Trygghetsrådet", "2025-03-12", "13:00", "15:00", status: "Genomfort");
        var protocol = await admin.StartProtocolAsync(meeting);
        await admin.AddParagraphAsync(protocol, "Öppet beslut", decision: "Det öppna beslutet.");
        await admin.AddParagraphAsync(protocol, "Brådskande beslut", decision: "Det brådskande beslutet.");
        await admin.AddParagraphAsync(protocol, "Internt ärende XYZ", "Intern", decision: "Internt beslut XYZ.");
        await admin.AddParagraphAsync(protocol, "Hemligt ärende XYZ", "Sekretess", decision: "Hemligt beslut XYZ.", osl: "18 kap. 13 § OSL");
        using var citizen = app.CreatePortalClient();
        var publicPath = "/sammantraden/" + MinutesHttp.MeetingId(meeting);

        // Draft: nothing at all, until § 2 is declared omedelbart justerad.
        Assert.DoesNotContain("beslutet", await citizen.Http.GetStringAsync(publicPath), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.Http.GetAsync("/beslut/trygghetsradet/2025/1")).StatusCode);
        var (_, second) = await admin.GetPageAsync(await admin.ParagraphPathAsync(protocol, 2));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(second, [], handler: "AdjustNow")).StatusCode);
        var (_, early) = await citizen.GetPageAsync(publicPath);
        Assert.Equal(["§ 2 Brådskande beslut"], early.QuerySelectorAll("main li.paragraph h4").Select(h => h.TextContent.Trim()));
        Assert.Contains("Omedelbart justerad.", early.QuerySelector("main li.paragraph")!.Normalized(), StringComparison.Ordinal);

        await admin.AdjustAsync(protocol, "2025-03-20");
        var (_, adjusted) = await citizen.GetPageAsync(publicPath);
        Assert.Equal(["§ 1 Öppet beslut", "§ 2 Brådskande beslut", "§ 4"], adjusted.QuerySelectorAll("main li.paragraph h4").Select(h => h.TextContent.Trim()));
        Assert.Contains("Ärende enligt sekretess", adjusted.QuerySelector("main li#p-4")!.TextContent, StringComparison.Ordinal);
        var everything = string.Concat(
            await citizen.Http.GetStringAsync(publicPath),
            await citizen.Http.GetStringAsync("/api/v1/beslut"),
            await citizen.Http.GetStringAsync("/api/v1/beslut.csv"),
            await citizen.Http.GetStringAsync("/api/v1/sammantraden"));
        Assert.DoesNotContain("XYZ", everything, StringComparison.Ordinal);
        Assert.Contains("Det öppna beslutet.", everything, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.Http.GetAsync("/beslut/trygghetsradet/2025/3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.Http.GetAsync("/beslut/trygghetsradet/2025/4")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await citizen.Http.GetAsync("/beslut/trygghetsradet/2025/1")).StatusCode);
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Paragraph_TwoSecretariesEditingTheSameParagraph_GetAConflictNotALostUpdate()
    {
        await using var app = await PortalApp.StartAsync(recipe: "linkoping");
        using var first = await app.CreateAdminClientAsync();
        using var second = await app.CreateAdminClientAsync();
        var protocol = await first.StartProtocolAsync(await first.CreateMeetingAsync("Trygghetsrådet", "2031-03-12", "13:00", "15:00"));
        await first.AddParagraphAsync(protocol, "Lägesbild");
        var path = await first.ParagraphPathAsync(protocol, 1);
        var (_, firstForm) = await first.GetPageAsync(path);
        var (_, secondForm) = await second.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitFormAsync(firstForm, [("Input.Decision", "Den förstas beslut.")])).StatusCode);
        var conflict = await second.SubmitFormAsync(secondForm, [("Input.Decision", "Den andras beslut.")]);

        Assert.Equal(["Någon annan har sparat protokollet under tiden. Ladda om sidan och gör ändringen igen."], (await conflict.ReadDocumentAsync()).ErrorMessages());
        var (_, page) = await first.GetPageAsync(path);
        Assert.Equal("Den förstas beslut.", page.QuerySelector("textarea[name='Input.Decision']")?.TextContent.Trim());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Attendance_SubstituteServingNeedsWhomTheyServeFor_AndTheExportListsEachMeeting()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var admin = await app.CreateAdminClientAsync();
        var meeting = await admin.CreateMeetingAsync("Trygghetsrådet", "2025-11-12", "13:00", "15:00", status: "Genomfort");
        var protocol = await admin.StartProtocolAsync(meeting);
        var (_, page) = await admin.GetPageAsync(protocol);
        var names = page.QuerySelectorAll("main form[action*='handler=Attendance'] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        var erik = names.IndexOf("Erik Dahl");
        var jonas = names.IndexOf("Jonas Vik");
        Assert.True(erik >= 0 && jonas >= 0, "The member list of the meeting day fills the attendance: " + string.Join(", ", names));

        var missing = await admin.SubmitFormAsync(page, [($"Attendance.Rows[{erik}].Status", "Tjanstgorande")], handler: "Attendance");
        Assert.Equal(["Tjänstgör för måste ange vilken ledamot ersättaren tjänstgör för."], (await missing.ReadDocumentAsync()).ErrorMessages());

        var saved = await admin.SubmitFormAsync(page,
            [($"Attendance.Rows[{erik}].Status", "Tjanstgorande"), ($"Attendance.Rows[{erik}].ServingFor", "Jonas Vik"), ($"Attendance.Rows[{jonas}].Status", "Franvarande")],
            handler: "Attendance");
        Assert.Equal(protocol, saved.RedirectPath());

        var csv = await admin.Http.GetStringAsync("/admin/narvaro?handler=csv&from=2025-11-01&to=2025-11-30");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("namn,organisation,parti,forum,sammantradesdag,uppdrag,narvaro,tjanstgorFor,protokollJusterat", lines[0]);
        Assert.Contains("Erik Dahl,Kommunstyrelsen,S,Trygghetsrådet,2025-11-12,Ersättare,Tjänstgörande ersättare,Jonas Vik,", lines);
        Assert.Contains("Jonas Vik,Kommunstyrelsen,L,Trygghetsrådet,2025-11-12,Ledamot,Frånvarande,,", lines);
        Assert.Equal(names.Count + 1, lines.Length);
        var (_, totals) = await admin.GetPageAsync("/admin/narvaro?from=2025-11-01&to=2025-11-30");
        var erikTotals = totals.QuerySelectorAll("main tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).Single(cells => cells[0] == "Erik Dahl");
        Assert.Equal(["Erik Dahl", "S", "0", "1", "0"], erikTotals);
        var (_, backwards) = await admin.GetPageAsync("/admin/narvaro?from=2025-12-01&to=2025-11-01");
        Assert.Equal(["Till och med kan inte vara före från och med."], backwards.ErrorMessages());
        app.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Demo_HasJusteradeMinutesNumberedAcrossEachForumsYear()
    {
        await using var app = await PortalApp.StartAsync(recipe: "demo");
        using var citizen = app.CreatePortalClient();

        using var json = System.Text.Json.JsonDocument.Parse(await citizen.Http.GetStringAsync("/api/v1/beslut"));
        var decisions = json.RootElement.EnumerateArray().ToList();

        var trygghetsradet = decisions.Where(d => d.GetProperty("forum").GetString() == "trygghetsradet").ToList();
        Assert.True(trygghetsradet.Count >= 6, "Trygghetsrådet has decisions from several held meetings.");
        Assert.True(trygghetsradet.Select(d => d.GetProperty("sammantrade").GetString()).Distinct().Count() >= 3);
        var numbers = trygghetsradet.Select(d => d.GetProperty("paragraf").GetInt32()).ToList();
        Assert.Equal(numbers.Order(), numbers);
        Assert.Equal(1, numbers[0]);
        Assert.All(decisions, d => Assert.Matches(@"^\S.* \d{4}-\d{2}-\d{2} § \d+$", d.GetProperty("citat").GetString()));
        Assert.Contains(decisions, d => d.GetProperty("omedelbartJusterad").GetBoolean());
    }
}
