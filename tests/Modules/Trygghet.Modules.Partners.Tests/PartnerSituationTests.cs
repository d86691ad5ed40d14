using System.Net;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Partners.Tests;

/// <summary>The lägesbild's parts classified for partners (FollowUp's IPartnerSituation): the Intern sections of the
/// set lägesbild are shown in the space to its members, the public ones are only linked, and the public page
/// still shows no Intern section.</summary>
public sealed class PartnerSituationTests
{
    private const string InternSection = "Intern analys: kriminella nätverk";

    [Fact]
    public async Task SpaceMembers_SeeTheIntern_Sections_OfTheSetLagesbild_CitizensDoNot()
    {
        await using var site = await PartnersSite.StartAsync();
        using var admin = await site.AdminAsync();
        await admin.AddMemberAsync("lasare@example.se", "Lasare");
        using var member = await site.SignedInAsync("lasare@example.se", PortalHttp.UserPassword);

        var (response, space) = await member.GetPageAsync(PartnersHttp.Space);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var situation = space.QuerySelector("main section.situation-for-partners")!;
        Assert.Equal([InternSection], situation.QuerySelectorAll("article.situation-section h3").Select(h => h.FirstChild!.TextContent.Trim()));
        Assert.DoesNotContain("Narkotika", situation.TextContent, StringComparison.Ordinal);

        using var citizen = site.Client();
        var (_, publicPage) = await citizen.GetPageAsync("/lagesbild");
        Assert.Contains("Narkotika", publicPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(InternSection, publicPage.Source.Text, StringComparison.Ordinal);
        site.App.AssertNoErrorsLogged();
    }
}
