using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Net.Http.Headers;

namespace Trygghet.Portal.Web.Security;

internal static class ProtocolExtensions
{
    /// <summary>What a page answers: GET (and so HEAD) and its forms' POST. TRACE, PUT, DELETE and the rest get 405.</summary>
    public static readonly string[] PageMethods = [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post];

    /// <summary>Every response to a signed-in user (cookie or access token) is <c>Cache-Control: no-store</c>, without
    /// Last-Modified or ETag: a back-office page, a Sekretess attachment, a partner document must not stay in a browser's
    /// or a proxy's cache after the person has left the computer. Decided when the response starts, when the user is
    /// known whatever authenticated it.</summary>
    public static WebApplication UsePortalPrivateResponses(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.User.Identity?.IsAuthenticated == true)
                {
                    MakePrivate(context.Response.Headers);
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }

    public static void MakePrivate(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers.Remove(HeaderNames.LastModified);
        headers.Remove(HeaderNames.ETag);
        headers.Remove(HeaderNames.Expires);
    }

    /// <summary>TRACE (and TRACK, CONNECT) are answered 405 everywhere, before authorization could turn it into a
    /// redirect to the sign-in page: the portal echoes no request and tunnels nothing.</summary>
    public static WebApplication UsePortalRefusedMethods(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsTrace(method) || HttpMethods.IsConnect(method) || string.Equals(method, "TRACK", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = string.Join(", ", PageMethods);
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>A HEAD response carries the GET's status and headers but never a body, whichever server runs the portal
    /// (Kestrel drops it by itself; other servers and the test server do not).</summary>
    public static WebApplication UsePortalHeadWithoutBody(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            // Not restored afterwards: the status-code and exception pages, which run outside this middleware, must not
            // write a body either (a 401's ProblemDetails, say).
            var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, original));
            await next(context);
        });
        return app;
    }

    /// <summary>Restricts every Razor page (areas included) to <see cref="PageMethods"/>.</summary>
    internal sealed class PageMethodsConvention : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model) => model.EndpointMetadata.Add(new HttpMethodMetadata(PageMethods));
    }
}
