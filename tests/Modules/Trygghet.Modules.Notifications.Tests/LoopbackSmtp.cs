using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace Trygghet.Modules.Notifications.Tests;

/// <summary>A real SMTP server on 127.0.0.1 and a port of this test's own, which can be down (not listening, so the
/// portal's connection is refused) and brought up on the same port. Keeps every message it accepted across restarts.</summary>
internal sealed class LoopbackSmtp : IDisposable
{
    private readonly List<MimeMessage> _earlier = [];
    private SimpleSmtpServer? _server;

    public int Port { get; } = FreePort();

    public void Start() => _server ??= Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(Port).Build();

    public void Stop()
    {
        if (_server is null)
        {
            return;
        }

        _earlier.AddRange(Parse(_server));
        _server.Stop();
        _server.Dispose();
        _server = null;
    }

    /// <summary>Every message accepted so far, parsed as a mail client would.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _earlier, .. _server is null ? [] : Parse(_server)];

    public IReadOnlyList<MimeMessage> To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Settings that point the portal at this server, with delivery intervals short enough for a test.</summary>
    public Dictionary<string, string?> Settings(int maxAttempts = 100, int postsPerMinute = 50) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Modules:Notifications:Smtp:Host"] = "127.0.0.1",
        ["Modules:Notifications:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Modules:Notifications:Smtp:UseStartTls"] = "false",
        ["Modules:Notifications:Smtp:From"] = "trygghet@example.se",
        ["Modules:Notifications:PollInterval"] = "00:00:00.100",
        ["Modules:Notifications:RetryBase"] = "00:00:00.150",
        ["Modules:Notifications:RetryMax"] = "00:00:00.400",
        ["Modules:Notifications:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Modules:Notifications:PostsPerMinute"] = postsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Modules:Notifications:Pipeline:Retries"] = "1",
        ["Modules:Notifications:Pipeline:RetryDelay"] = "00:00:00.020",
        ["Modules:Notifications:Pipeline:Timeout"] = "00:00:05",
        ["Modules:Notifications:Pipeline:BreakDuration"] = "00:00:00.500",
        ["Modules:Notifications:Pipeline:SamplingDuration"] = "00:00:02",
        ["App:PublicBaseUrl"] = "https://trygghet.example.se",
    };

    public void Dispose() => Stop();

    private static IEnumerable<MimeMessage> Parse(SimpleSmtpServer server) =>
        server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
