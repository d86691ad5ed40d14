using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Trygghet.Modules.Content.Areas.Content.Pages;

/// <summary>The Open Graph properties of a public page; URLs made absolute from App:PublicBaseUrl (or the request).</summary>
internal sealed record OpenGraph(string Type, string Title, string Url, string SiteName, string? Description, string? Image, string? ImageAlt)
{
    public static string Origin(HttpContext context) =>
        Trygghet.Portal.Core.Site.PublicOrigin.Of(context.RequestServices.GetRequiredService<IConfiguration>(), context);

    public static string? Absolute(HttpContext context, string? url) =>
        url is null ? null : url.StartsWith('/') ? Origin(context) + url : url;
}
