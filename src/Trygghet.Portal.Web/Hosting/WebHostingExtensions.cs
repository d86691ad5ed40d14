using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Trygghet.Portal.Web.Security;

namespace Trygghet.Portal.Web.Hosting;

internal static class WebHostingExtensions
{
    private static readonly CultureInfo[] Cultures = [new("sv-SE"), new("en")];

    /// <summary>Razor Pages with Swedish messages, localization, ProblemDetails and a deny-by-default authorization.</summary>
    public static WebApplicationBuilder AddPortalWeb(this WebApplicationBuilder builder)
    {
        // RCL themes' static files are served from the build output too (not only under `dotnet run` in Development).
        builder.WebHost.UseStaticWebAssets();
        builder.AddPortalPublicOrigin();

        // Swedish letters stay letters in the HTML (the default encoder writes &#xE5; for å).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
        });
        builder.Services.AddRazorPages()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization()
            .AddMvcOptions(options =>
            {
                SwedishModelBindingMessages(options.ModelBindingMessageProvider);
                options.Filters.Add<UnparseableCheckboxFilter>();
            })
            .AddRazorPagesOptions(options => options.Conventions.Add(new ProtocolExtensions.PageMethodsConvention()));
        builder.Services.AddProblemDetails();
        builder.Services.AddScoped<YearWheel.YearWheelQuery>();
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "trygghet.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
            // Secure always when the public origin is https (also behind a TLS-terminating proxy, where the request the
            // portal sees is plain HTTP), else whenever the request is HTTPS: a developer's http://localhost keeps working.
            options.Cookie.SecurePolicy = Core.Site.PublicOrigin.Configured(builder.Configuration)?.Scheme == Uri.UriSchemeHttps
                ? CookieSecurePolicy.Always
                : CookieSecurePolicy.SameAsRequest;
        });

        // The rate limiter's middleware runs for every request; modules add their named policies (Notifications'
        // "subscriptions"). Registered here too so the pipeline is whole with any set of modules.
        builder.Services.AddRateLimiter(_ => { });

        // Deny by default: an endpoint that forgets to say who may use it requires a signed-in user.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary>Swedish error pages for people, ProblemDetails for /api callers.</summary>
    public static WebApplication UsePortalErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/fel/500");
            pages.UseStatusCodePagesWithReExecute("/fel/{0}");
        });
        return app;
    }

    /// <summary>An address nothing answers is a 404 for everyone, signed in or not (otherwise the
    /// deny-by-default policy would send strangers to the sign-in page for a mistyped URL).</summary>
    public static WebApplication MapPortalNotFound(this WebApplication app)
    {
        app.MapFallback("{*path}", context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static void SwedishModelBindingMessages(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueMustNotBeNullAccessor(field => $"Ange {field}.");
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Värdet '{value}' är inte giltigt för {field}.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Ange {field}.");
        messages.SetMissingKeyOrValueAccessor(() => "Ett värde saknas.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Begäran saknar innehåll.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Värdet '{value}' är inte giltigt.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Värdet är inte giltigt.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Värdet måste vara ett tal.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Värdet för {field} är inte giltigt.");
        messages.SetValueIsInvalidAccessor(value => $"Värdet '{value}' är inte giltigt.");
        messages.SetValueMustBeANumberAccessor(field => $"{field} måste vara ett tal.");
    }
}
