using Trygghet.Portal.Core.Site;

namespace Trygghet.Portal.Web.Hosting;

/// <summary>When the public origin is https, a request that reached the portal over plain HTTP (straight to a node, or
/// through a proxy the portal does not trust) must not get a page: its cookies would be refused as not Secure and
/// every form failed (antiforgery's Secure cookie throws on plain HTTP: it was a 500). A GET or HEAD is sent to the
/// same path on the public origin; anything else gets 400 naming the origin. A request that still carries
/// X-Forwarded-Proto came through a proxy whose headers were ignored: a redirect would loop, so it gets 400 naming
/// ForwardedHeaders:KnownProxies, and the log says so once. The health checks stay open: load balancers call the
/// nodes over plain HTTP.</summary>
internal sealed partial class PlainHttpGuard(RequestDelegate next, IConfiguration configuration, ILogger<PlainHttpGuard> logger)
{
    private readonly Uri? _origin = PublicOrigin.Configured(configuration) is { Scheme: "https" } origin ? origin : null;

    private int _warned;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (_origin is null || request.IsHttps || request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        if (request.Headers.ContainsKey("X-Forwarded-Proto"))
        {
            if (Interlocked.Exchange(ref _warned, 1) == 0)
            {
                LogUntrustedProxy(logger, context.Connection.RemoteIpAddress?.ToString() ?? "-");
            }

            return RefuseAsync(context, $"The request came through a proxy at {context.Connection.RemoteIpAddress} whose forwarded headers are not trusted. " +
                $"Add it to {ProxyHostingExtensions.Section}:KnownProxies (or KnownNetworks).");
        }

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = _origin.GetLeftPart(UriPartial.Path).TrimEnd('/') + request.PathBase + request.Path + request.QueryString;
            return Task.CompletedTask;
        }

        return RefuseAsync(context, $"This site is served over https at {_origin.GetLeftPart(UriPartial.Authority)}; plain HTTP is not accepted.");
    }

    private static Task RefuseAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "https required", Detail = detail },
        }).AsTask();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plain HTTP with X-Forwarded-Proto from {Address}, which is not a trusted proxy: requests are refused with 400 until it is listed in ForwardedHeaders:KnownProxies or KnownNetworks")]
    private static partial void LogUntrustedProxy(ILogger logger, string address);
}
