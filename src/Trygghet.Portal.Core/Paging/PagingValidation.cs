using Microsoft.AspNetCore.Http;

namespace Trygghet.Portal.Core.Paging;

public static class PagingValidation
{
    /// <summary>After routing and authorization: a request whose <c>sida</c> or <c>antal</c> is not a whole number in
    /// range answers 400 (<c>application/problem+json</c>, the parameter named in <c>errors</c>) on every endpoint, page or
    /// API, so no list can silently fall back to "everything" or overflow.</summary>
    public static IApplicationBuilder UsePortalPagingValidation(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var max = context.GetEndpoint()?.Metadata.GetMetadata<PagedListMetadata>()?.MaxPageSize ?? PageRequest.DefaultMaxSize;
            if (PageRequest.Validate(context.Request.Query, max) is { } problem)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", context.RequestAborted);
                return;
            }

            await next(context);
        });
}
