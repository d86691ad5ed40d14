using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Xunit;

namespace Trygghet.Portal.Testing;

/// <summary>An HTTP client that reads pages as HTML and submits their forms the way a browser would,
/// antiforgery token included. Redirects are not followed, so tests see them. With an <see cref="TotpAuthenticator"/>
/// it signs in as a person does with two-factor sign-in on (see <see cref="SignInAsync"/>).</summary>
public sealed class PortalClient(HttpClient http, TotpAuthenticator? authenticator = null) : IDisposable
{
    public const string EnrolPath = "/konto/tvastegsverifiering";
    public const string SecondStepPath = "/konto/logga-in/tvastegs";

    private static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);

    public HttpClient Http { get; } = http;

    public async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, await Browsing.OpenAsync(request => request.Content(html).Address(new Uri(Http.BaseAddress!, url))));
    }

    /// <summary>Fetches <paramref name="url"/> (expects 200), fills the form and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string url, IEnumerable<(string Name, string Value)> values, string formSelector = "main form", string? handler = null)
    {
        var (response, document) = await GetPageAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await SubmitFormAsync(document, values, formSelector, handler);
    }

    public async Task<HttpResponseMessage> SubmitFormAsync(IDocument document, IEnumerable<(string Name, string Value)> values, string formSelector = "main form", string? handler = null)
    {
        var form = document.QuerySelectorAll<IHtmlFormElement>(formSelector)
            .FirstOrDefault(f => handler is null || (f.Action ?? string.Empty).Contains("handler=" + handler, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No form '{formSelector}' (handler {handler}) on {document.Url}");
        var overrides = values.ToList();
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name) && !i.IsDisabled))
        {
            if (overrides.Any(o => o.Name == input.Name))
            {
                continue;
            }

            if ((input.Type is "checkbox" or "radio") && !input.IsChecked)
            {
                continue;
            }

            fields.Add(new(input.Name!, input.Value));
        }

        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(t => !string.IsNullOrEmpty(t.Name) && overrides.All(o => o.Name != t.Name)))
        {
            fields.Add(new(area.Name!, area.Value));
        }

        fields.AddRange(overrides.Select(o => new KeyValuePair<string, string>(o.Name, o.Value)));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? document.Url : form.Action;
        return await Http.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute).PathAndQueryOrSelf(), new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts the sign-in form and returns the answer, whatever it is.</summary>
    public Task<HttpResponseMessage> TrySignInAsync(string email, string password) =>
        SubmitFormAsync(PortalHttp.SignInPath, [("Input.Email", email), ("Input.Password", password)]);

    /// <summary>Password first; then, when the portal asks, sets up TOTP on the enrolment page (the key it shows is
    /// kept by the authenticator for later sign-ins) or answers the second step with a code.</summary>
    public async Task SignInAsync(string email, string password)
    {
        var response = await TrySignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {email} answered {(int)response.StatusCode}");
        var next = response.Headers.Location!;
        var path = (next.IsAbsoluteUri ? next.AbsolutePath : next.OriginalString.Split('?')[0]);
        if (authenticator is null || (path != EnrolPath && path != SecondStepPath))
        {
            return;
        }

        if (path == EnrolPath)
        {
            await EnrolAsync(email, next.OriginalString);
            return;
        }

        var answered = await SubmitFormAsync(next.OriginalString, [("Code", await authenticator.NextCodeAsync(email))]);
        Assert.True(answered.StatusCode == HttpStatusCode.Redirect, $"The second step as {email} answered {(int)answered.StatusCode}");
    }

    private async Task EnrolAsync(string email, string url)
    {
        var (page, document) = await GetPageAsync(url);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"Enrolment as {email} answered {(int)page.StatusCode}");
        authenticator!.AddKey(email, document.QuerySelector(".totp-key")?.TextContent ?? throw new InvalidOperationException($"No TOTP key on {url}"));
        var enrolled = await SubmitFormAsync(document, [("Input.Code", await authenticator.NextCodeAsync(email))]);
        var html = await enrolled.Content.ReadAsStringAsync();
        var answer = await Browsing.OpenAsync(request => request.Content(html));
        var codes = answer.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.True(codes.Count > 0, $"Enrolment as {email} gave no recovery codes ({(int)enrolled.StatusCode})");
        authenticator.AddRecoveryCodes(email, codes);
    }

    public void Dispose() => Http.Dispose();
}

internal static class UriExtensions
{
    public static string PathAndQueryOrSelf(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
