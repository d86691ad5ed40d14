using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.BrowserTests;

/// <summary>One demo portal on a loopback port and one headless Chromium, shared by the tests of a class; each
/// test opens its own browser context (own cookies, own viewport). The crawls are made once and remembered, since
/// nothing the tests do changes which pages exist.</summary>
public sealed class PortalBrowser : IAsyncLifetime
{
    /// <summary>A guard against an endless link space (a calendar, unbounded paging): a crawl that would go on
    /// past this fails instead of silently leaving pages unchecked.</summary>
    public const int MaxPages = 300;

    /// <summary>How long one step (a navigation, a wait) may take. Pages come from this process in milliseconds; the
    /// margin is for a machine busy with other builds, where a stalled step should fail, not hang the run.</summary>
    public const int StepTimeoutMs = 30_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Task<CrawlResult>? _citizenCrawl;
    private Task<CrawlResult>? _backOfficeCrawl;
    private Task<string>? _adminStorageState;

    public PortalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await PortalApp.StartAsync(recipe: "demo", kestrel: true);
        if (Chromium.IsInstalled)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
        }
    }

    /// <summary>A fresh browser context at the given width; signed in as the demo administrator when asked.
    /// Skips the test (or fails it under CI=true) when Chromium is not installed.</summary>
    public async Task<BrowserSession> OpenAsync(string viewport = Viewports.Desktop, bool signedInAsAdmin = false)
    {
        Chromium.EnsureInstalled();
        var storageState = signedInAsAdmin ? await (_adminStorageState ??= SignInThroughFormAsync()) : null;
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.ServerAddress.ToString(),
            ViewportSize = Viewports.Size(viewport),
            Locale = "sv-SE",
            StorageState = storageState,
        });

        context.SetDefaultTimeout(StepTimeoutMs);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    /// <summary>The citizen site as an anonymous visitor finds it: links from the start page, the sitemap once
    /// there is one, plus the sign-in page and a missing address (the 404 page is a page citizens see too).</summary>
    public Task<CrawlResult> CitizenCrawlAsync() => _citizenCrawl ??= CrawlAsync(
        signedInAsAdmin: false,
        seeds: ["/", "/finns-inte", "/konto/logga-in"],
        inScope: path => !SiteCrawler.IsUnder(path, "/admin") && !SiteCrawler.IsUnder(path, "/konto/logga-ut"),
        includeSitemap: true);

    /// <summary>The back office as the administrator (who may see every page) finds it by following links.</summary>
    public Task<CrawlResult> BackOfficeCrawlAsync() => _backOfficeCrawl ??= CrawlAsync(
        signedInAsAdmin: true,
        seeds: ["/admin"],
        inScope: path => SiteCrawler.IsUnder(path, "/admin"),
        includeSitemap: false);

    private async Task<CrawlResult> CrawlAsync(bool signedInAsAdmin, string[] seeds, Func<string, bool> inScope, bool includeSitemap)
    {
        await using var session = await OpenAsync(Viewports.Desktop, signedInAsAdmin);
        var crawler = new SiteCrawler(session.Page, App.ServerAddress, inScope, MaxPages);
        return await crawler.CrawlAsync(seeds, includeSitemap);
    }

    /// <summary>Signs in the way a person does, through the real form, with two-factor sign-in on as shipped (the
    /// first time the administrator sets up TOTP from the key the page shows; see <see cref="AnswerSecondFactorAsync"/>),
    /// and keeps the cookies for later contexts.</summary>
    private async Task<string> SignInThroughFormAsync()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/konto/logga-in");
        await page.GetByLabel("E-postadress").FillAsync(PortalApp.AdminEmail);
        await page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync(PortalApp.AdminPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await AnswerSecondFactorAsync(page, PortalApp.AdminEmail);
        await page.ExpectPathAsync("/admin");
        return await session.Context.StorageStateAsync();
    }

    /// <summary>After a correct password: sets up TOTP on the enrolment page (the authenticator keeps the key) and
    /// continues past the recovery codes, or answers the second step with a code.</summary>
    public async Task AnswerSecondFactorAsync(IPage page, string email)
    {
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != PortalHttp.SignInPath);
        var path = new Uri(page.Url).AbsolutePath;
        if (path == PortalClient.EnrolPath)
        {
            App.Authenticator.AddKey(email, await page.Locator(".totp-key").InnerTextAsync());
            await page.GetByLabel("Kod från appen").FillAsync(await App.Authenticator.NextCodeAsync(email));
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Expect(page.Locator(".recovery-codes")).ToBeVisibleAsync();
            App.Authenticator.AddRecoveryCodes(email, await page.Locator(".recovery-codes code").AllInnerTextsAsync());
            await page.GetByRole(AriaRole.Link, new() { Name = "Fortsätt" }).ClickAsync();
        }
        else if (path == PortalClient.SecondStepPath)
        {
            await page.GetByLabel("Kod från appen").FillAsync(await App.Authenticator.NextCodeAsync(email));
            await page.Locator("main form button[type=submit]").First.ClickAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>One test's browser context and its page; disposing closes both.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
