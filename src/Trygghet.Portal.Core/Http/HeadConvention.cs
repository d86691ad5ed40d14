using Microsoft.AspNetCore.Http;

namespace Trygghet.Portal.Core.Http;

public static class HeadConvention
{
    /// <summary>Every endpoint of the builder (a route group, or one endpoint) that answers GET answers HEAD too, with
    /// the same status and headers and no body (RFC 9110 §9.3.2). Minimal APIs map GET only; Razor Pages answer HEAD
    /// by themselves. The host applies this to every module's endpoints, so a new GET endpoint is covered.</summary>
    public static TBuilder AnswerHeadLikeGet<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase)
                && !methods.HttpMethods.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return builder;
    }
}
