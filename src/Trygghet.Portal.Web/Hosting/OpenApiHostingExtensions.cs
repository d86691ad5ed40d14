using Trygghet.Portal.Core.Http;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Portal.Web.Hosting;

/// <summary>The OpenAPI description of the open-data API at /openapi/v1.json (docs/open-data.md is its prose twin).</summary>
internal static class OpenApiHostingExtensions
{
    public static WebApplicationBuilder AddPortalOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi("v1", options =>
        {
            // Only the open-data API is a public contract; pages and calendars are documented in urls.md.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, context, _) =>
            {
                // The server is the site's public origin, not whatever scheme and host the request arrived with.
                document.Servers = [new Microsoft.OpenApi.OpenApiServer { Url = context.ApplicationServices.GetRequiredService<IPublicOrigin>().Current }];
                document.Info.Title = "Trygghet.Portal öppna data";
                document.Info.Description = "Öppna data om kommunens brottsförebyggande arbete. Varje lista finns som JSON och som CSV (samma fält).";
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(OpenDataOpenApi.DescribeAsync);
        });
        return builder;
    }

    public static WebApplication MapPortalOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().AnswerHeadLikeGet();
        return app;
    }
}
