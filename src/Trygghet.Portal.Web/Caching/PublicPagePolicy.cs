using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Portal.Web.Caching;

/// <summary>The one place that decides what the output cache may serve and store. Served: anonymous GET/HEAD
/// requests outside the back office. Stored: of those, only the 200 responses of endpoints marked
/// <see cref="PublicCacheAttribute"/> that set no cookie and carry no CSP nonce in their body. Nothing else is
/// ever stored, so nothing else can be served.</summary>
/// <remarks>The middleware runs before routing and authentication, so that a hit skips them (it doubles the
/// throughput of cached pages). Before the response, "anonymous" is therefore decided from the request alone:
/// no Authorization header and no cookie but the antiforgery and culture cookies (a signed-in browser always
/// sends the sign-in cookie). The endpoint and the user are checked again, known by then, before storing.</remarks>
internal sealed class PublicPagePolicy : IOutputCachePolicy
{
    /// <summary>Never cached even if a page there opts in by mistake: back office, sign-in, setup, health, errors.</summary>
    private static readonly PathString[] NeverCached = ["/admin", "/konto", "/setup", "/health", "/fel"];

    private static readonly object GenerationKey = new();

    /// <summary>Read by request localization (QueryStringRequestCultureProvider) on every page.</summary>
    private static readonly string[] CultureQueryKeys = ["culture", "ui-culture"];

    private readonly EvictionGeneration _generation;
    private readonly TimeSpan _duration;
    private readonly HashSet<string> _anonymousCookies;

    public PublicPagePolicy(EvictionGeneration generation, IOptions<PublicCacheSettings> settings, IOptions<AntiforgeryOptions> antiforgery)
    {
        _generation = generation;
        _duration = settings.Value.Duration;
        // Cookies an anonymous visitor may carry without the page looking any different to them. Any other cookie
        // (the sign-in cookie, even an expired one, or its chunks) makes the request count as possibly signed in.
        _anonymousCookies = new HashSet<string>(StringComparer.Ordinal) { CookieRequestCultureProvider.DefaultCookieName };
        if (antiforgery.Value.Cookie.Name is { Length: > 0 } antiforgeryCookie)
        {
            _anonymousCookies.Add(antiforgeryCookie);
        }
    }

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        // Before routing the endpoint is unknown (null); should the middleware ever move after routing, an endpoint
        // that did not opt in is not even looked up.
        var endpoint = http.GetEndpoint();
        if ((endpoint is not null && endpoint.Metadata.GetMetadata<PublicCacheAttribute>() is null) || !IsAnonymousRead(http))
        {
            return ValueTask.CompletedTask;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // Coalescing concurrent misses would also queue requests for pages that are never stored (not known yet).
        context.AllowLocking = false;
        context.ResponseExpirationTimeSpan = _duration;
        context.CacheVaryByRules.QueryKeys = "*";
        // Text and formatting follow the request's culture (query string, cookie or Accept-Language), which the
        // localization middleware, placed before this one, has already set.
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentCulture.Name + "|" + CultureInfo.CurrentUICulture.Name;
        context.Tags.Add(PublicCacheTags.Site);
        http.Items[GenerationKey] = _generation.Current;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Runs after the endpoint has written the whole response and just before it is stored; the endpoint
    /// (routing) and the user (authentication) are known here.</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var response = http.Response;
        var page = http.GetEndpoint()?.Metadata.GetMetadata<PublicCacheAttribute>();
        if (page is null
            || http.User.Identity?.IsAuthenticated == true
            || response.StatusCode != StatusCodes.Status200OK
            || !ReadsOnlyItsOwnQueryKeys(http.Request.Query, page)
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.NoStoreString)
            || HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.PrivateString)
            // Each response gets a new nonce in its CSP header, so a body that contains one cannot be replayed.
            || http.RequestServices.GetService<CspNonce>()?.IsInMarkup == true
            // Something was evicted while this response was rendered: it may show the state from before the change.
            || http.Items[GenerationKey] is not long generation || generation != _generation.Current)
        {
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }

        context.Tags.UnionWith(page.Tags);
        return ValueTask.CompletedTask;
    }

    /// <summary>The key varies by the whole query string, so only a request whose keys are all ones the page reads may
    /// be stored: any other key makes a new entry per value without changing the page.</summary>
    private static bool ReadsOnlyItsOwnQueryKeys(IQueryCollection query, PublicCacheAttribute page)
    {
        foreach (var key in query.Keys)
        {
            if (!CultureQueryKeys.Contains(key, StringComparer.OrdinalIgnoreCase) && !page.QueryKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsAnonymousRead(HttpContext http)
    {
        var request = http.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || http.User.Identity?.IsAuthenticated == true
            || !StringValues.IsNullOrEmpty(request.Headers.Authorization)
            || http.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return false;
        }

        foreach (var path in NeverCached)
        {
            if (request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var cookie in request.Cookies)
        {
            if (!_anonymousCookies.Contains(cookie.Key))
            {
                return false;
            }
        }

        return true;
    }
}
