using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Trygghet.Portal.Core.Site;

/// <summary><see cref="PublicOrigin"/> as a service, for code that may run with or without a request (mail).</summary>
public interface IPublicOrigin
{
    /// <summary>"https://trygghet.example.se", no trailing slash.</summary>
    string Current { get; }

    /// <summary>A path made absolute on <see cref="Current"/>; an absolute http(s) address is returned as it is.</summary>
    string Absolute(string pathOrUrl);
}

internal sealed class ConfiguredPublicOrigin(IConfiguration configuration, IHttpContextAccessor http, IServiceProvider services) : IPublicOrigin
{
    public string Current => PublicOrigin.Of(configuration, http.HttpContext, services.GetService<IServer>());

    public string Absolute(string pathOrUrl) =>
        Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? pathOrUrl : Current + "/" + pathOrUrl.TrimStart('/');
}
