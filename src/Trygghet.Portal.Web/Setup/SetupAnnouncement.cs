using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Trygghet.Portal.Core.Site;
using Trygghet.Portal.Web.Site;

namespace Trygghet.Portal.Web.Setup;

/// <summary>Tells the person who started the portal what to do next, once it listens: on a site that is not set up,
/// where the setup page is; right after a setup (unattended or through /setup), that the site is set up and where to
/// sign in. A newcomer's first run is otherwise a screen of build output and then silence.</summary>
internal sealed partial class SetupAnnouncement(IServer server, IConfiguration configuration, SiteService site, IHostApplicationLifetime lifetime,
    ILogger<SetupAnnouncement> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            if (!site.IsSetUp)
            {
                LogNotSetUp(logger, Url("/setup"));
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Said when the portal listens (an unattended setup finishes before that), or at once after /setup.</summary>
    public void SetUp(string recipe, string adminEmail)
    {
        if (lifetime.ApplicationStarted.IsCancellationRequested)
        {
            LogSetUp(logger, recipe, Url("/admin"), adminEmail);
        }
        else
        {
            lifetime.ApplicationStarted.Register(() => LogSetUp(logger, recipe, Url("/admin"), adminEmail));
        }
    }

    /// <summary>On the public origin when App:PublicBaseUrl is set (behind a proxy the node's own address is no
    /// address a person can open), else on the first address the server listens on (PublicOrigin decides both); the
    /// bare path when there is neither (in-process test server).</summary>
    private string Url(string path) =>
        PublicOrigin.Configured(configuration) is null && server.Features.Get<IServerAddressesFeature>()?.Addresses.Count is null or 0
            ? path
            : PublicOrigin.Of(configuration, null, server) + path;

    [LoggerMessage(Level = LogLevel.Information, Message = "The site is not set up yet. Open {SetupUrl} to choose a recipe and create the first administrator (or start with Setup__Recipe, Setup__AdminEmail and Setup__AdminPassword; see README).")]
    private static partial void LogNotSetUp(ILogger logger, string setupUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "The site is set up from recipe {Recipe}. Next: open {AdminUrl} and sign in as {AdminEmail} with the password given at setup; staff accounts then enrol an authenticator app for two-factor sign-in.")]
    private static partial void LogSetUp(ILogger logger, string recipe, string adminUrl, string adminEmail);
}
