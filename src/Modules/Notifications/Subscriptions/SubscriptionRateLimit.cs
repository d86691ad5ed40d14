using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Trygghet.Modules.Notifications.Subscriptions;

/// <summary>The named rate-limit policy of the subscription pages: form posts (subscribe, confirm, unsubscribe,
/// removal) from one client address are limited per minute, so nobody can mail-bomb an address or fill the table.
/// Reading the pages is not limited. A refused post gets 429 with Retry-After.</summary>
internal sealed class SubscriptionRateLimit(IOptions<NotificationOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "subscriptions";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
    {
        context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.HttpContext.Response.Headers.RetryAfter = "60";
        context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
        return new ValueTask(context.HttpContext.Response.WriteAsync("För många försök på kort tid. Vänta en minut och försök igen.", context.HttpContext.RequestAborted));
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "okänd";
        var permits = Math.Max(1, options.Value.PostsPerMinute);
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
