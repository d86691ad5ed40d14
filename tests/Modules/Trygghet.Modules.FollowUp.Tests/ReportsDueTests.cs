using Trygghet.Modules.FollowUp.Plans;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.FollowUp.Tests;

/// <summary>"Reports due" for Säkerhetsenheten: in a follow-up period, the unfinished, started measures whose
/// responsible body has not reported since the period began.</summary>
public sealed class ReportsDueTests
{
    [Fact]
    public async Task ReportsDue_ListsUnfinishedStartedMeasuresNotReportedThisPeriod_AndAReportRemovesOne()
    {
        await using var app = await PortalApp.StartAsync();
        using var admin = await app.CreateAdminClientAsync();
        var plan = await admin.PlanPathAsync();
        var tertial3 = StableId.For("period", "atgardsplan-2026-2027/2026-09-01");
        var due = $"{plan}/reports-due?period={tertial3}";

        var (_, page) = await admin.GetPageAsync(due);
        var titles = page.QuerySelectorAll("main tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "Förebyggande insatser för unga i Skäggetorp",
            "Gemensam rutin för orosanmälningar mellan skola, socialtjänst och polis",
            "Grannsamverkan mot brott",
            "Skolsocialt team på högstadiet",
            "Studiero och trygga skolgårdar",
            "Tryggare innerstad kvällstid",
            "Trygghetsmätning och uppföljning med polisen",
        ], titles);

        var report = await admin.MeasurePathAsync("Grannsamverkan mot brott") + "/report";
        var (_, form) = await admin.GetPageAsync(report);
        await admin.SubmitWithSelectsAsync(form, [("Input.Date", "2026-10-10"), ("Input.Text", "Nya områden i Berga.")]);
        var (_, after) = await admin.GetPageAsync(due);
        Assert.Equal(6, after.QuerySelectorAll("main tbody tr").Length);
        Assert.DoesNotContain("Grannsamverkan", after.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        app.AssertNoErrorsLogged();
    }
}
