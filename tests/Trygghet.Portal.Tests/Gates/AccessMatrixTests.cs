using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Gates;

/// <summary>Who may reach what. Every endpoint the host has must appear in <see cref="Matrix"/>: a new page or
/// endpoint fails this test until someone decides, per role, what it answers.</summary>
public sealed class AccessMatrixTests(AccessMatrixSite site) : IClassFixture<AccessMatrixSite>
{
    /// <summary>What a GET answers: the page (200), the sign-in page, the access-denied page, 403 or 404; for the
    /// OpenID Connect protocol endpoints an OAuth error (400: a GET without the protocol's parameters, over plain
    /// HTTP, is no valid request), for bearer-token APIs 401 (a cookie is no access token).</summary>
    public enum Outcome
    {
        Ok,
        SignIn,
        Denied,
        Forbidden,
        NotFound,
        ProtocolError,
        Unauthorized,
    }

    private const Outcome O = Outcome.Ok;
    private const Outcome L = Outcome.SignIn;
    private const Outcome D = Outcome.Denied;
    private const Outcome N = Outcome.NotFound;
    private const Outcome P = Outcome.ProtocolError;

    /// <summary>Route pattern → outcome per role, in the order of <see cref="AccessMatrixSite.Roles"/>:
    /// anonymous (and the citizen subscriber, who must be answered the same), Redaktör, Säkerhetsenhet, Forumledamot (in no forum), member of forum A (Trygghetsrådet),
    /// member of forum B (Samverkansrådet), Partner, Administratör.</summary>
    private static readonly Dictionary<string, Outcome[]> Matrix = new(StringComparer.Ordinal)
    {
        [""] = [O, O, O, O, O, O, O, O],
        ["organisation"] = [O, O, O, O, O, O, O, O],
        ["arshjul"] = [O, O, O, O, O, O, O, O],
        ["sammantraden"] = [O, O, O, O, O, O, O, O],
        ["sammantraden/{id:guid}"] = [O, O, O, O, O, O, O, O],
        ["sammantraden.ics"] = [O, O, O, O, O, O, O, O],
        ["sammantraden/{forum}.ics"] = [O, O, O, O, O, O, O, O],
        ["tillganglighet"] = [O, O, O, O, O, O, O, O],
        ["konto/logga-in"] = [O, O, O, O, O, O, O, O],
        ["konto/logga-ut"] = [O, O, O, O, O, O, O, O],
        ["konto/atkomst-nekad"] = Same(Outcome.Forbidden),
        // TOTP set-up for the signed-in; the second sign-in step only after a correct password (else back to sign-in).
        ["konto/tvastegsverifiering"] = [L, O, O, O, O, O, O, O],
        ["konto/logga-in/tvastegs"] = Same(L),
        ["setup"] = Same(Outcome.NotFound),
        ["fel/{code:int}"] = Same(Outcome.NotFound),
        ["sitemap.xml"] = [O, O, O, O, O, O, O, O],
        ["favicon.ico"] = [O, O, O, O, O, O, O, O],
        ["robots.txt"] = [O, O, O, O, O, O, O, O],
        ["openapi/{documentName}.json"] = [O, O, O, O, O, O, O, O],
        ["health/live"] = [O, O, O, O, O, O, O, O],
        ["health/ready"] = [O, O, O, O, O, O, O, O],
        // OpenID Connect: anonymous by nature (the protocol authenticates client and person itself); OpenIddict
        // answers a bare GET with an OAuth error. Discovery, keys and revocation are answered by OpenIddict's
        // middleware and are no routed endpoints.
        ["connect/authorize"] = Same(P),
        ["connect/token"] = Same(P),
        ["connect/userinfo"] = Same(P),
        // The partner API takes access tokens only (client credentials, partner.api): a cookie is no token. A GET on
        // the report address finds no GET endpoint (it is POST only) and falls through to the 404.
        ["api/partner/v1/atgarder"] = Same(Outcome.Unauthorized),
        ["api/partner/v1/atgarder/{slug}/rapporter"] = Same(N),
        ["admin"] = [L, O, O, O, O, O, D, O],
        // The årshjul for staff: whoever may open the back office (partners may not), as /admin.
        ["admin/arshjul"] = [L, O, O, O, O, O, D, O],
        ["admin/users"] = [L, D, D, D, D, D, D, O],
        ["admin/users/new"] = [L, D, D, D, D, D, D, O],
        ["admin/users/{id}"] = [L, D, D, D, D, D, D, O],
        ["admin/roles"] = [L, D, D, D, D, D, D, O],
        ["admin/roles/new"] = [L, D, D, D, D, D, D, O],
        ["admin/roles/{id}"] = [L, D, D, D, D, D, D, O],
        ["admin/applications"] = [L, D, D, D, D, D, D, O],
        ["admin/applications/new"] = [L, D, D, D, D, D, D, O],
        ["admin/applications/{id}"] = [L, D, D, D, D, D, D, O],
        ["admin/forums"] = [L, D, O, D, D, D, D, O],
        ["admin/forums/{id:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/forums/{id:guid}/members"] = [L, D, O, D, D, D, D, O],
        ["admin/forums/{id:guid}/members/new"] = [L, D, O, D, D, D, D, O],
        ["admin/forums/{id:guid}/members/{memberId:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/goals"] = [L, D, O, D, D, D, D, O],
        ["admin/meetings"] = [L, D, O, D, D, D, D, O],
        ["admin/meetings/new"] = [L, D, O, D, D, D, D, O],
        ["admin/meetings/{id:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/meetings/{id:guid}/items/new"] = [L, D, O, D, D, D, D, O],
        ["admin/meetings/{id:guid}/items/{itemId:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/meetings/{id:guid}/protokoll"] = [L, D, O, D, D, D, D, O],
        ["admin/meetings/{id:guid}/protokoll/paragrafer/new"] = [L, D, O, D, D, D, D, O],
        ["admin/meetings/{id:guid}/protokoll/paragrafer/{paragraphId:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/meetings/{id:guid}/protokoll/paragrafer/{paragraphId:guid}/rattelse"] = [L, D, O, D, D, D, D, O],
        ["admin/narvaro"] = [L, D, O, D, D, D, D, O],
        ["admin/meetings/{id:guid}/items/{itemId:guid}/bilagor"] = [L, D, O, D, D, D, D, O],
        ["admin/meetings/{id:guid}/bilagor/{attachmentId:guid}"] = [L, D, O, D, D, D, D, O],
        ["sammantraden/{id:guid}/bilagor/{attachmentId:guid}"] = Same(O),
        ["admin/mina-forum/sammantraden/{id:guid}/bilagor/{attachmentId:guid}"] = [L, N, N, N, O, N, D, N],
        // The members' area: open to anyone with admin access, but a meeting's material only to its forum's members.
        ["admin/mina-forum"] = [L, O, O, O, O, O, D, O],
        ["admin/mina-forum/sammantraden/{id:guid}"] = [L, N, N, N, O, N, D, N],
        ["beslut/{forum}/{year:int}/{number:int}"] = Same(O),
        ["api/v1/sammantraden"] = Same(O),
        ["api/v1/sammantraden.csv"] = Same(O),
        ["api/v1/beslut"] = Same(O),
        ["api/v1/beslut.csv"] = Same(O),
        ["medborgarloften"] = [O, O, O, O, O, O, O, O],
        ["medborgarloften/{slug}"] = [O, O, O, O, O, O, O, O],
        ["medborgarloften/{slug}/uppfoljning"] = [O, O, O, O, O, O, O, O],
        ["medborgarloften/feed.xml"] = [O, O, O, O, O, O, O, O],
        ["api/v1/medborgarloften"] = [O, O, O, O, O, O, O, O],
        ["api/v1/medborgarloften.csv"] = [O, O, O, O, O, O, O, O],
        ["admin/medborgarloften"] = [L, D, O, D, D, D, D, O],
        ["admin/medborgarloften/new"] = [L, D, O, D, D, D, D, O],
        ["admin/medborgarloften/{id:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/medborgarloften/{id:guid}/loften/new"] = [L, D, O, D, D, D, D, O],
        ["admin/medborgarloften/{id:guid}/loften/{promiseId:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/medborgarloften/{id:guid}/loften/{promiseId:guid}/uppfoljningar/new"] = [L, D, O, D, D, D, D, O],
        ["admin/medborgarloften/{id:guid}/loften/{promiseId:guid}/uppfoljningar/{followUpId:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/medborgarloften/overenskommelser/new"] = [L, D, O, D, D, D, D, O],
        ["admin/medborgarloften/overenskommelser/{id:guid}"] = [L, D, O, D, D, D, D, O],
        // Editors publish what the Säkerhetsenhet writes; neither does the other's part.
        ["admin/medborgarloften/publicera"] = [L, O, D, D, D, D, D, O],
        ["atgardsplan"] = [O, O, O, O, O, O, O, O],
        ["atgardsplan/{slug}"] = [O, O, O, O, O, O, O, O],
        ["api/v1/atgarder"] = [O, O, O, O, O, O, O, O],
        ["api/v1/atgarder.csv"] = [O, O, O, O, O, O, O, O],
        ["admin/plans"] = [L, D, O, D, D, D, D, O],
        ["admin/plans/new"] = [L, D, O, D, D, D, D, O],
        ["admin/plans/{id:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/plans/{id:guid}/measures/new"] = [L, D, O, D, D, D, D, O],
        ["admin/plans/{id:guid}/export"] = [L, D, O, D, D, D, D, O],
        ["admin/plans/{id:guid}/import"] = [L, D, O, D, D, D, D, O],
        ["admin/plans/{id:guid}/reports-due"] = [L, D, O, D, D, D, D, O],
        ["admin/plans/{id:guid}/kf-report"] = [L, D, O, D, D, D, D, O],
        ["admin/measures/{id:guid}"] = [L, D, O, D, D, D, D, O],
        // A forum member reports only on measures of a body that lists them as reporter; the matrix's member is on none.
        ["admin/measures/{id:guid}/report"] = [L, D, O, D, D, D, D, O],
        ["admin/my-measures"] = [L, D, O, O, O, O, D, O],
        ["lagesbild"] = [O, O, O, O, O, O, O, O],
        ["api/v1/lagesbild/indikatorer"] = [O, O, O, O, O, O, O, O],
        ["api/v1/lagesbild/indikatorer.csv"] = [O, O, O, O, O, O, O, O],
        ["admin/situation"] = [L, D, O, D, D, D, D, O],
        ["admin/areas"] = [L, D, O, D, D, D, D, O],
        ["admin/areas/{id:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/bodies"] = [L, D, O, D, D, D, D, O],
        ["admin/bodies/{id:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/statuses"] = [L, D, O, D, D, D, D, O],
        ["admin/statuses/{id:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/situation/new"] = [L, D, O, D, D, D, D, O],
        ["admin/situation/{id:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/situation/{id:guid}/sections/new"] = [L, D, O, D, D, D, D, O],
        ["admin/situation/sections/{sectionId:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/situation/{id:guid}/indicators/new"] = [L, D, O, D, D, D, D, O],
        ["admin/situation/indicators/{indicatorId:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/situation/{id:guid}/values/import"] = [L, D, O, D, D, D, D, O],
        ["admin/situation/{id:guid}/values/export"] = [L, D, O, D, D, D, D, O],
        // The audit trail: Säkerhetsenheten follows up access to classified material.
        ["admin/audit"] = [L, D, O, D, D, D, D, O],
        ["admin/partners"] = [L, D, O, D, D, D, D, O],
        ["admin/partners/new"] = [L, D, O, D, D, D, D, O],
        ["admin/partners/{id:guid}"] = [L, D, O, D, D, D, D, O],
        ["admin/inbjudningar"] = [L, D, O, D, D, D, D, O],
        ["admin/inbjudningar/ny"] = [L, D, O, D, D, D, D, O],
        ["admin/inbjudningar/csv"] = [L, D, O, D, D, D, D, O],
        ["admin/samverkan"] = [L, D, O, D, D, D, D, O],
        ["admin/samverkan/{id:guid}"] = [L, D, O, D, D, D, D, O],
        // The samverkansråd's space: its forum's members (Ledamot B) take part; Säkerhetsenheten and the administrator
        // moderate; everyone else, the Partner of no space included, gets 404. Only moderators upload.
        ["samverkan"] = [L, O, O, O, O, O, O, O],
        ["samverkan/{slug}"] = [L, N, O, N, N, O, N, O],
        ["samverkan/{slug}/dokument/{documentId:guid}"] = [L, N, O, N, N, O, N, O],
        // The sample is Trygghetsrådet's attachment (the demo's samverkansråd meetings have none): through the
        // samverkansråd's space nobody gets another forum's attachment, moderators neither. The members' own download
        // is Partners' MeetingAttachmentsTests.
        ["samverkan/{slug}/sammantraden/{meetingId:guid}/bilagor/{attachmentId:guid}"] = [L, N, N, N, N, N, N, N],
        ["samverkan/{slug}/dokument/ny"] = [L, N, O, N, N, D, N, O],
        ["samverkan/{slug}/trad/ny"] = [L, N, O, N, N, O, N, O],
        ["samverkan/{slug}/trad/{threadId:guid}"] = [L, N, O, N, N, O, N, O],
        ["samverkan/{slug}/aterrapporter/ny"] = [L, N, O, N, N, O, N, O],
        // Any link that does not work gets the same page; the sample is not a token.
        ["samverkan/inbjudan/{token}"] = Same(O),
        ["nyheter"] = [O, O, O, O, O, O, O, O],
        ["nyheter/{slug}"] = [O, O, O, O, O, O, O, O],
        ["nyheter/feed.xml"] = [O, O, O, O, O, O, O, O],
        ["sida/{slug}"] = [O, O, O, O, O, O, O, O],
        ["oppna-data"] = [O, O, O, O, O, O, O, O],
        ["oppna-data/api"] = [O, O, O, O, O, O, O, O],
        // News and pages are the editors' (Content.Manage); drafts and previews are theirs alone.
        ["admin/innehall"] = [L, O, D, D, D, D, D, O],
        ["admin/innehall/new"] = [L, O, D, D, D, D, D, O],
        ["admin/innehall/{id:guid}"] = [L, O, D, D, D, D, D, O],
        ["admin/innehall/{id:guid}/versioner"] = [L, O, D, D, D, D, D, O],
        ["admin/innehall/{id:guid}/forhandsgranska"] = [L, O, D, D, D, D, D, O],
        ["admin/media"] = [L, O, D, D, D, D, D, O],
        ["data/dcat"] = [O, O, O, O, O, O, O, O],
        ["sok"] = [O, O, O, O, O, O, O, O],
        // Mail: the outbox (recipients are personal data) is the administrator's; subscribing is for anyone, with
        // nothing but an address. Links that do not work get the same page; the sample is not a token.
        ["admin/utskick"] = [L, D, D, D, D, D, D, O],
        ["prenumerera"] = [O, O, O, O, O, O, O, O],
        ["prenumerera/radera"] = [O, O, O, O, O, O, O, O],
        ["prenumerera/bekrafta/{token}"] = Same(O),
        ["prenumerera/avsluta/{token}"] = Same(O),
        ["prenumerera/radera/{token}"] = Same(O),
        // Library files are public by their unguessable content-hash URL (news and pages show them).
        ["media/{hash}/{file}"] = [O, O, O, O, O, O, O, O],
    };

    [Fact]
    public void EveryEndpoint_IsInTheMatrix_AndTheMatrixHasNoStaleRows()
    {
        var endpoints = site.EndpointPatterns();
        var missing = endpoints.Except(Matrix.Keys).ToList();
        var stale = Matrix.Keys.Except(endpoints).ToList();

        Assert.True(missing.Count == 0, "Add these endpoints to AccessMatrixTests.Matrix with an outcome per role: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "These matrix rows have no endpoint any more: " + string.Join(", ", stale));
    }

    public static TheoryData<string> Patterns()
    {
        var data = new TheoryData<string>();
        foreach (var pattern in Matrix.Keys)
        {
            data.Add(pattern);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public async Task Endpoint_AnswersEachRoleAsTheMatrixSays(string pattern)
    {
        var url = "/" + await site.FillAsync(pattern);
        var problems = new List<string>();
        for (var i = 0; i < AccessMatrixSite.Roles.Count; i++)
        {
            var actual = Classify(await site.Client(i).Http.GetAsync(url));
            if (actual != Matrix[pattern][i])
            {
                problems.Add($"{AccessMatrixSite.Roles[i]}: expected {Matrix[pattern][i]}, got {actual}");
            }
        }

        // The citizen subscriber has no account: double opt-in gives an address nothing but its own token links, so
        // after subscribing and confirming, the browser must be answered exactly as an anonymous one, everywhere.
        var subscriber = Classify(await site.Subscriber.Http.GetAsync(url));
        if (subscriber != Matrix[pattern][0])
        {
            problems.Add($"{AccessMatrixSite.SubscriberRole}: expected {Matrix[pattern][0]} as anonymous, got {subscriber}");
        }

        Assert.True(problems.Count == 0, $"GET {url}: " + string.Join("; ", problems));
    }

    private static Outcome Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Outcome.Ok,
            HttpStatusCode.NotFound => Outcome.NotFound,
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            HttpStatusCode.BadRequest => Outcome.ProtocolError,
            HttpStatusCode.Unauthorized => Outcome.Unauthorized,
            HttpStatusCode.Redirect when location.Contains("/konto/logga-in", StringComparison.Ordinal) => Outcome.SignIn,
            HttpStatusCode.Redirect when location.Contains("/konto/atkomst-nekad", StringComparison.Ordinal) => Outcome.Denied,
            _ => throw new InvalidOperationException($"Unexpected answer {(int)response.StatusCode} {location}"),
        };
    }

    private static Outcome[] Same(Outcome outcome) => [.. Enumerable.Repeat(outcome, AccessMatrixSite.Roles.Count)];
}

/// <summary>A demo site with one signed-in client per role (accounts created through the admin UI).</summary>
public class AccessMatrixSite : IAsyncLifetime
{
    public static readonly IReadOnlyList<string> Roles = ["anonym", "Redaktör", "Säkerhetsenhet", "Forumledamot", "Ledamot A", "Ledamot B", "Partner", "Administratör"];

    /// <summary>The signed-in roles between anonymous and the administrator: the account's role, and the forum
    /// whose member it is (members of forum A and B hold Forumledamot like the third, who sits in no forum).</summary>
    private static readonly (string Label, string Role, string? Forum)[] Accounts =
    [
        ("Redaktör", "Redaktör", null),
        ("Säkerhetsenhet", "Säkerhetsenhet", null),
        ("Forumledamot", "Forumledamot", null),
        ("Ledamot A", "Forumledamot", "Trygghetsrådet"),
        ("Ledamot B", "Forumledamot", "Samverkansråd"),
        ("Partner", "Partner", null),
    ];

    private const string Password = "ett långt lösenord för behörighetstester";
    private readonly List<PortalClient> _clients = [];
    private readonly Dictionary<string, string> _samples = new(StringComparer.Ordinal);

    public PortalApp App { get; private set; } = null!;

    public PortalClient Client(int role) => _clients[role];

    public const string SubscriberRole = "Prenumerant (medborgare)";

    /// <summary>A citizen who subscribed to the news and confirmed by the link in the mail.</summary>
    public PortalClient Subscriber { get; private set; } = null!;

    /// <summary>Settings a derived site adds to the demo's (the origin gate configures a public address).</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    public async ValueTask InitializeAsync()
    {
        App = await PortalApp.StartAsync(recipe: "demo", settings: Settings);
        var admin = await App.CreateAdminClientAsync();
        _clients.Add(App.CreatePortalClient());
        Subscriber = await SubscribeAsync("prenumerant@matrix.example.se");
        foreach (var (label, role, joins) in Accounts)
        {
            var email = $"{label.ToLowerInvariant().Replace(' ', '-').Replace('ä', 'a').Replace('ö', 'o').Replace('å', 'a')}@matrix.example.se";
            var created = await admin.SubmitFormAsync("/admin/users/new",
                [("Input.Email", email), ("Input.DisplayName", label), ("Input.Password", Password), ("Input.Roles", role)]);
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            if (joins is not null)
            {
                await JoinForumAsync(admin, joins, label, email);
            }

            var client = App.CreatePortalClient();
            await client.SignInAsync(email, Password);
            _clients.Add(client);
        }

        _clients.Add(admin);
        _samples["{id}@admin/users"] = await FirstIdAsync(admin, "/admin/users", "/admin/users/");
        _samples["{id}@admin/roles"] = await FirstIdAsync(admin, "/admin/roles", "/admin/roles/");
        _samples["{id}@admin/applications"] = await ApplicationIdAsync(admin);
        var forum = await FirstIdAsync(admin, "/admin/forums", "/admin/forums/");
        _samples["{id:guid}@admin/forums"] = forum;
        _samples["{memberId:guid}@admin/forums"] = await FirstIdAsync(admin, $"/admin/forums/{forum}/members", $"/admin/forums/{forum}/members/");
        // A held Trygghetsrådet meeting with a justerat protokoll: the first decision in the open data names it.
        using var decisions = JsonDocument.Parse(await admin.Http.GetStringAsync("/api/v1/beslut"));
        var decision = decisions.RootElement.EnumerateArray().First(d => d.GetProperty("forum").GetString() == "trygghetsradet");
        var meeting = decision.GetProperty("sammantrade").GetString()!;
        _samples["{paragraphId:guid}@admin/meetings"] = await FirstIdAsync(admin, $"/admin/meetings/{meeting}/protokoll", $"/admin/meetings/{meeting}/protokoll/paragrafer/");
        _samples["{id:guid}@admin/mina-forum"] = meeting;
        // The demo attaches a summary to that meeting's public lägesbild item.
        var attachment = await FirstIdAsync(admin, $"/sammantraden/{meeting}", $"/sammantraden/{meeting}/bilagor/");
        _samples["{attachmentId:guid}@sammantraden"] = attachment;
        _samples["{attachmentId:guid}@admin/meetings"] = attachment;
        _samples["{attachmentId:guid}@admin/mina-forum"] = attachment;
        _samples["{forum}@beslut"] = "trygghetsradet";
        _samples["{year:int}@beslut"] = decision.GetProperty("ar").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        _samples["{number:int}@beslut"] = decision.GetProperty("paragraf").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        _samples["{id:guid}@admin/meetings"] = meeting;
        _samples["{itemId:guid}@admin/meetings"] = await FirstIdAsync(admin, $"/admin/meetings/{meeting}", $"/admin/meetings/{meeting}/items/");
        _samples["{id:guid}@sammantraden"] = meeting;
        var plan = await FirstIdAsync(admin, "/admin/plans", "/admin/plans/");
        _samples["{id:guid}@admin/plans"] = plan;
        _samples["{id:guid}@admin/measures"] = await FirstIdAsync(admin, $"/admin/plans/{plan}", "/admin/measures/");
        _samples["{slug}@atgardsplan"] = "tryggare-innerstad";
        _samples["{slug}@api/partner"] = "tryggare-innerstad";
        var situation = await FirstIdAsync(admin, "/admin/situation", "/admin/situation/");
        _samples["{id:guid}@admin/situation"] = situation;
        _samples["{sectionId:guid}@admin/situation"] = await FirstIdAsync(admin, $"/admin/situation/{situation}", "/admin/situation/sections/");
        _samples["{indicatorId:guid}@admin/situation"] = await FirstIdAsync(admin, $"/admin/situation/{situation}", "/admin/situation/indicators/");
        _samples["{id:guid}@admin/areas"] = await FirstIdAsync(admin, "/admin/areas", "/admin/areas/");
        _samples["{id:guid}@admin/bodies"] = await FirstIdAsync(admin, "/admin/bodies", "/admin/bodies/");
        _samples["{id:guid}@admin/statuses"] = await FirstIdAsync(admin, "/admin/statuses", "/admin/statuses/");
        _samples["{forum}@sammantraden"] = "trygghetsradet";
        _samples["{code:int}@fel"] = "404";
        // The agreement's pattern also starts with admin/medborgarloften, so its sample goes first.
        _samples["{id:guid}@admin/medborgarloften/overenskommelser"] = await FirstIdAsync(admin, "/admin/medborgarloften", "/admin/medborgarloften/overenskommelser/");
        var set = await FirstIdAsync(admin, "/admin/medborgarloften", "/admin/medborgarloften/");
        _samples["{id:guid}@admin/medborgarloften"] = set;
        var promise = await FirstIdAsync(admin, $"/admin/medborgarloften/{set}", $"/admin/medborgarloften/{set}/loften/");
        _samples["{promiseId:guid}@admin/medborgarloften"] = promise;
        _samples["{followUpId:guid}@admin/medborgarloften"] = await FirstIdAsync(admin, $"/admin/medborgarloften/{set}/loften/{promise}", $"/admin/medborgarloften/{set}/loften/{promise}/uppfoljningar/");
        _samples["{slug}@medborgarloften"] = "linkoping-2026";
        _samples["{documentName}@openapi"] = "v1";
        _samples["{id:guid}@admin/partners"] = await FirstIdAsync(admin, "/admin/partners", "/admin/partners/");
        _samples["{id:guid}@admin/samverkan"] = await FirstIdAsync(admin, "/admin/samverkan", "/admin/samverkan/");
        _samples["{slug}@samverkan"] = "samverkansradet";
        _samples["{documentId:guid}@samverkan"] = await FirstIdAsync(admin, "/samverkan/samverkansradet", "/samverkan/samverkansradet/dokument/");
        _samples["{threadId:guid}@samverkan"] = await FirstIdAsync(admin, "/samverkan/samverkansradet", "/samverkan/samverkansradet/trad/");
        _samples["{token}@samverkan"] = "ogiltig-lank";
        _samples["{meetingId:guid}@samverkan"] = meeting;
        _samples["{attachmentId:guid}@samverkan"] = attachment;
        _samples["{token}@prenumerera"] = "ogiltig-lank";
        _samples["{id:guid}@admin/innehall"] = await FirstIdAsync(admin, "/admin/innehall", "/admin/innehall/");
        _samples["{slug}@nyheter"] = "kvallsvandringar-i-innerstaden";
        _samples["{slug}@sida"] = "om-webbplatsen";
        // The demo's first image (its hash is of the recipe's bytes).
        _samples["{hash}@media"] = "ca0b3a0af441239900341987fb28a1b0";
        _samples["{file}@media"] = "full.png";
    }

    /// <summary>Subscribes to the news and confirms with the link of the confirmation mail, read from the outbox (the
    /// matrix site has no SMTP server, so the mail waits there).</summary>
    private async Task<PortalClient> SubscribeAsync(string email)
    {
        var citizen = App.CreatePortalClient();
        var subscribed = await citizen.SubmitFormAsync("/prenumerera?amne=nyheter", [("Email", email)]);
        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        await using var database = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(App.Database.DataPath, "portal.db")}");
        await database.OpenAsync();
        await using var read = database.CreateCommand();
        read.CommandText = "SELECT TextBody FROM notifications_Messages WHERE \"To\" = $to";
        read.Parameters.AddWithValue("$to", email);
        var text = (string)(await read.ExecuteScalarAsync())!;
        var link = System.Text.RegularExpressions.Regex.Match(text, "/prenumerera/bekrafta/[A-Za-z0-9_-]+").Value;
        var confirmed = await citizen.SubmitFormAsync(link, []);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.NotNull((await confirmed.ReadDocumentAsync()).QuerySelector(".subscription-confirmed"));
        return citizen;
    }

    /// <summary>The route patterns of every endpoint, leading slash removed; the catch-all 404 is left out.</summary>
    public IReadOnlyList<string> EndpointPatterns() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))
            .Where(p => p != "{*path}")
            .Distinct()
            .ToList();

    /// <summary>The route patterns whose endpoints answer GET (Razor pages declare GET, HEAD and POST), leading slash
    /// removed, with their endpoints; the catch-all 404 is left out.</summary>
    public IReadOnlyList<(string Pattern, Endpoint Endpoint)> GetEndpoints() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/') != "{*path}")
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))
            .Select(e => (e.RoutePattern.RawText!.TrimStart('/'), (Endpoint)e))
            .DistinctBy(e => e.Item1)
            .ToList();

    /// <summary>Replaces route parameters with values that exist in the demo site.</summary>
    public Task<string> FillAsync(string pattern)
    {
        foreach (var (key, value) in _samples)
        {
            var parts = key.Split('@');
            if (pattern.StartsWith(parts[1], StringComparison.Ordinal))
            {
                pattern = pattern.Replace(parts[0], value, StringComparison.Ordinal);
            }
        }

        return Task.FromResult(pattern);
    }

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        Subscriber?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>Makes the account a current ledamot of <paramref name="forum"/> through the membership form.</summary>
    private static async Task JoinForumAsync(PortalClient admin, string forum, string name, string email)
    {
        var (_, forums) = await admin.GetPageAsync("/admin/forums");
        var forumPath = forums.QuerySelectorAll("main table a").Single(a => a.TextContent.Trim() == forum).GetAttribute("href")!;
        var joined = await admin.SubmitFormAsync(forumPath + "/members/new",
            [("Input.PersonName", name), ("Input.Kind", "Ledamot"), ("Input.From", "2020-01-01"), ("Input.AccountEmail", email)]);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
    }

    /// <summary>The demo has no OpenID client (a client's secret never sits in a recipe): one is registered here.</summary>
    private static async Task<string> ApplicationIdAsync(PortalClient admin)
    {
        var created = await admin.SubmitFormAsync("/admin/applications/new",
            [("Input.ClientId", "matrix-app"), ("Input.Kind", "Interactive"), ("Input.DisplayName", "Matrisapp"), ("Input.RedirectUris", "https://app.example.se/cb")]);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        return await FirstIdAsync(admin, "/admin/applications", "/admin/applications/");
    }

    private static async Task<string> FirstIdAsync(PortalClient admin, string list, string prefix)
    {
        var (_, document) = await admin.GetPageAsync(list);
        var href = document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!)
            .First(h => h.StartsWith(prefix, StringComparison.Ordinal) && h != prefix + "new");
        return href[prefix.Length..];
    }
}
