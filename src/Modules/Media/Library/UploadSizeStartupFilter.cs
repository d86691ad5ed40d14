using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Trygghet.Modules.Media.Library;

/// <summary>Refuses an upload that is too large before anything reads it: the antiforgery check reads the whole
/// form, so a 200 MB body would otherwise be buffered first. A body without a length is capped by the server's
/// request-size feature instead.</summary>
internal sealed class UploadSizeStartupFilter(MediaOptions options) : IStartupFilter
{
    /// <summary>Room for the form's other fields and the multipart boundaries.</summary>
    private const long FormOverhead = 64 * 1024;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/admin/media"))
            {
                var limit = options.MaxUploadBytes + FormOverhead;
                if (context.Request.ContentLength > limit)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.WriteAsync($"Filen är för stor: högst {options.MaxUploadBytes / (1024 * 1024.0):0.#} MB.");
                    return;
                }

                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = limit;
                }
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
