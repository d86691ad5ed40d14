using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trygghet.Portal.Core.Mail;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Partners.Tests;

/// <summary>Keeps every message instead of sending it, so a test can read the invitation link as the invitee would.</summary>
internal sealed partial class CapturingMail : IOutgoingMail
{
    public ConcurrentQueue<OutgoingMessage> Sent { get; } = new();

    public Task EnqueueAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(message);
        return Task.CompletedTask;
    }

    /// <summary>The path of the invitation link in the latest message to <paramref name="to"/>.</summary>
    public string LinkTo(string to)
    {
        var message = Sent.Last(m => m.To == to);
        return new Uri(Link().Match(message.TextBody).Value).AbsolutePath;
    }

    [GeneratedRegex(@"https?://\S+/samverkan/inbjudan/[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}

/// <summary>The portal (demo recipe) with mail captured: a second host over the same database as
/// <see cref="PortalApp"/>, which has set the site up, with <see cref="CapturingMail"/> in place of the mail sender.</summary>
internal sealed class PartnersSite : IAsyncDisposable
{
    private PartnersSite(PortalApp app, WebApplicationFactory<Program> host, CapturingMail mail)
    {
        App = app;
        Host = host;
        Mail = mail;
    }

    public PortalApp App { get; }

    public WebApplicationFactory<Program> Host { get; }

    public CapturingMail Mail { get; }

    public static async Task<PartnersSite> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var app = await PortalApp.StartAsync(settings: settings);
        var mail = new CapturingMail();
        var host = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IOutgoingMail>(mail))));
        return new PartnersSite(app, host, mail);
    }

    public PortalClient Client() =>
        new(Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), App.Authenticator);

    public async Task<PortalClient> SignedInAsync(string email, string password)
    {
        var client = Client();
        await client.SignInAsync(email, password);
        return client;
    }

    public Task<PortalClient> AdminAsync() => SignedInAsync(PortalApp.AdminEmail, PortalApp.AdminPassword);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await App.DisposeAsync();
    }
}
