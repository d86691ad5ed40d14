using Trygghet.Portal.Core.Security;

namespace Trygghet.Portal.Web.Security;

internal static class SecurityHeadersExtensions
{
    /// <summary>Security headers on every response. Scripts run only with the request's nonce; the portal is
    /// never framed; HSTS is sent on HTTPS only (UseHsts ignores plain HTTP). Then: no-store for signed-in users, and
    /// HEAD without a body.</summary>
    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use(async (context, next) =>
        {
            var nonce = context.RequestServices.GetRequiredService<CspNonce>().HeaderValue;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy =
                    $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; " +
                    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(context);
        });
        app.UsePortalRefusedMethods();
        app.UsePortalPrivateResponses();
        app.UsePortalHeadWithoutBody();
        return app;
    }
}
