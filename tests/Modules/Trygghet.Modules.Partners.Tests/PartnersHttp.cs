using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Partners.Tests;

internal static class PartnersHttp
{
    public const string Space = "/samverkan/samverkansradet";
    public const string Password = "blå cykel i gröna skogen";

    /// <summary>The value of the option labelled <paramref name="label"/> in the select <paramref name="name"/> of a page.</summary>
    public static async Task<string> OptionAsync(this PortalClient client, string page, string name, string label)
    {
        var (_, document) = await client.GetPageAsync(page);
        return document.QuerySelectorAll<IHtmlOptionElement>($"select[name='{name}'] option").Single(o => o.TextContent.Trim() == label).Value;
    }

    /// <summary>Invites one person to the samverkansråd's space through /admin/inbjudningar/ny.</summary>
    public static async Task<HttpResponseMessage> InviteAsync(this PortalClient admin, string email, string name, string organisation = "Region Östergötland", string role = "Deltagare")
    {
        var organisationId = await admin.OptionAsync("/admin/inbjudningar/ny", "OrganisationId", organisation);
        var spaceId = await admin.OptionAsync("/admin/inbjudningar/ny", "SpaceId", "Samverkansrådet");
        return await admin.SubmitFormAsync("/admin/inbjudningar/ny",
            [("Email", email), ("Name", name), ("OrganisationId", organisationId), ("SpaceId", spaceId), ("Role", role)]);
    }

    /// <summary>Opens the link and sets the password, as the invitee does.</summary>
    public static async Task<HttpResponseMessage> AcceptAsync(this PortalClient invitee, string link, string password = Password) =>
        await invitee.SubmitFormAsync(link, [("Password", password), ("ConfirmPassword", password)]);

    /// <summary>Uploads a CSV invitation list for the samverkansråd's space.</summary>
    public static async Task<HttpResponseMessage> UploadCsvAsync(this PortalClient admin, string csv)
    {
        var spaceId = await admin.OptionAsync("/admin/inbjudningar/csv", "SpaceId", "Samverkansrådet");
        var (_, form) = await admin.GetPageAsync("/admin/inbjudningar/csv");
        var token = form.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(token), "__RequestVerificationToken");
        body.Add(new StringContent(spaceId), "SpaceId");
        body.Add(new StringContent("Deltagare"), "Role");
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, "file", "inbjudningar.csv");
        return await admin.Http.PostAsync("/admin/inbjudningar/csv", body, TestContext.Current.CancellationToken);
    }

    /// <summary>The document links of a space's page.</summary>
    public static async Task<List<string>> DocumentLinksAsync(this PortalClient member, string space = Space)
    {
        var (response, page) = await member.GetPageAsync(space);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelectorAll("main ul.documents a").Select(a => a.GetAttribute("href")!).ToList();
    }

    public static async Task<List<string>> ThreadLinksAsync(this PortalClient member, string space = Space)
    {
        var (_, page) = await member.GetPageAsync(space);
        return page.QuerySelectorAll("main ul.threads a").Select(a => a.GetAttribute("href")!).ToList();
    }

    /// <summary>Creates an account through the admin UI and makes it a member of the samverkansråd's space.</summary>
    public static async Task AddMemberAsync(this PortalClient admin, string email, string role, string organisation = "Region Östergötland")
    {
        await admin.CreateUserAsync(email, email.Split('@')[0], "Partner");
        var (_, spaces) = await admin.GetPageAsync("/admin/samverkan");
        var members = spaces.QuerySelectorAll("main table a").First(a => a.TextContent.Trim() == "Samverkansrådet").GetAttribute("href")!;
        var organisationId = await admin.OptionAsync(members, "OrganisationId", organisation);
        var added = await admin.SubmitFormAsync(members, [("AccountEmail", email), ("OrganisationId", organisationId), ("Role", role)], "main form.form", handler: "Add");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }
}
