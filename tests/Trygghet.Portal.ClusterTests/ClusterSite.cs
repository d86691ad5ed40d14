using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Trygghet.Portal.Testing;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Trygghet.Portal.ClusterTests;

/// <summary>The cluster .ci/cluster started: nginx on <see cref="PublicUrl"/> (https, self-signed), nodes A and B on
/// loopback ports, and a control command that kills and starts nodes, Redis and PostgreSQL. Every test skips unless
/// TEST_CLUSTER_URL is set. One administrator session (password + TOTP) is shared by the tests, so the account's
/// codes are not spent faster than the portal allows.</summary>
internal static class ClusterSite
{
    public const string PartnerClient = "kluster-system";

    private static readonly SemaphoreSlim AdminLock = new(1, 1);
    private static CookieContainer? _adminCookies;

    public static Uri PublicUrl => new(Setting("TEST_CLUSTER_URL"));

    /// <summary>nginx's plain-http server (the README's port-80 block), which only redirects.</summary>
    public static Uri PlainHttpUrl => new(Setting("TEST_CLUSTER_HTTP_URL"));

    public static string AdminEmail => Setting("TEST_CLUSTER_ADMIN_EMAIL");

    public static string Database => Setting("TEST_CLUSTER_DB");

    public static TotpAuthenticator Authenticator { get; } = new(() => TimeProvider.System);

    /// <summary>Call first: skips the test outside the cluster stage of .ci/run.</summary>
    public static void EnsureRunning() =>
        Assert.SkipWhen(Environment.GetEnvironmentVariable("TEST_CLUSTER_URL") is not { Length: > 0 }, "TEST_CLUSTER_URL is not set (.ci/run starts the cluster and sets it).");

    /// <summary>Node "a" or "b", straight to its port, with the headers nginx would add (the node trusts 127.0.0.1).</summary>
    public static Uri Node(string name) => new(Setting("TEST_CLUSTER_NODE_" + name.ToUpperInvariant()));

    /// <summary>Through nginx, or straight to one node (<paramref name="node"/> "a" or "b"). Cookies are kept for the
    /// public origin either way, so a session moves between the routes as it would between nodes behind the proxy.</summary>
    public static PortalClient Client(string? node = null, CookieContainer? cookies = null)
    {
        var transport = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromSeconds(5),
            // The throw-away certificate .ci/cluster made for this run.
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
            // The public name (trygghet.localhost) is this machine: connect to loopback whatever the resolver says.
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        HttpMessageHandler handler = node is null ? transport : new ToNode(Node(node), PublicUrl) { InnerHandler = transport };
        handler = new Cookies(cookies ?? new CookieContainer()) { InnerHandler = handler };
        return new PortalClient(new HttpClient(handler) { BaseAddress = PublicUrl, Timeout = TimeSpan.FromSeconds(30) }, Authenticator);
    }

    /// <summary>The administrator's cookies, signed in once (enrolling TOTP the first time) through the proxy.</summary>
    public static async Task<CookieContainer> AdminCookiesAsync()
    {
        await AdminLock.WaitAsync();
        try
        {
            if (_adminCookies is null)
            {
                var cookies = new CookieContainer();
                using var client = Client(cookies: cookies);
                await client.SignInAsync(AdminEmail, Setting("TEST_CLUSTER_ADMIN_PASSWORD"));
                _adminCookies = cookies;
            }

            return _adminCookies;
        }
        finally
        {
            AdminLock.Release();
        }
    }

    public static async Task<PortalClient> AdminAsync(string? node = null) => Client(node, await AdminCookiesAsync());

    /// <summary>A client-credentials token of the recipe's partner system.</summary>
    public static async Task<string> PartnerTokenAsync(HttpClient http)
    {
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = PartnerClient,
            ["client_secret"] = Setting("TEST_CLUSTER_CLIENT_SECRET"), ["scope"] = "partner.api",
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public static HttpRequestMessage Bearer(HttpMethod method, string url, string token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>Runs the control command of .ci/cluster (kill-node a, start-node a, wait-node a, redis-stop, …).</summary>
    public static async Task ControlAsync(params string[] action)
    {
        var command = Setting("TEST_CLUSTER_CTL").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(command[0]) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in command.Skip(1).Concat(action))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{string.Join(' ', action)} failed: {await output}{await error}");
    }

    /// <summary>Polls until <paramref name="done"/> or the time is up; the last answer either way.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> attempt, Func<T, bool> done, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            T result;
            try
            {
                result = await attempt();
            }
            catch (Exception) when (clock.Elapsed < within)
            {
                await Task.Delay(200);
                continue;
            }

            if (done(result) || clock.Elapsed >= within)
            {
                return result;
            }

            await Task.Delay(100);
        }
    }

    private static string Setting(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"{name} is not set.");

    /// <summary>Sends a request for the public origin to one node's port, as nginx does.</summary>
    private sealed class ToNode(Uri node, Uri origin) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new Uri(node, request.RequestUri!.PathAndQuery);
            request.Headers.Host = origin.Authority;
            request.Headers.Add("X-Forwarded-Proto", origin.Scheme);
            request.Headers.Add("X-Forwarded-Host", origin.Authority);
            request.Headers.Add("X-Forwarded-For", "127.0.0.1");
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>A cookie jar for the public origin, outside the route taken.</summary>
    private sealed class Cookies(CookieContainer jar) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            if (jar.GetCookieHeader(uri) is { Length: > 0 } header)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    jar.SetCookies(uri, value);
                }
            }

            return response;
        }
    }
}
