using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Trygghet.Portal.Testing;

namespace Trygghet.Portal.Tests.Cluster;

/// <summary>A load balancer without sticky sessions in front of several portal nodes: each request goes to the next
/// node in turn, and one cookie jar (the browser's) is shared by all of them.</summary>
internal sealed class RoundRobin(params PortalApp[] nodes) : HttpMessageHandler
{
    private readonly HttpMessageInvoker[] _nodes = [.. nodes.Select(n => new HttpMessageInvoker(n.Server.CreateHandler()))];
    private int _next = -1;

    /// <summary>Which node answered each request, in order (0 = the first node).</summary>
    public List<int> Answered { get; } = [];

    /// <summary>A browser-like client whose requests alternate between the nodes; its person's authenticator app is the
    /// first node's (the nodes share the database, and should share one clock).</summary>
    public static (PortalClient Client, RoundRobin Balancer) Client(params PortalApp[] nodes)
    {
        var balancer = new RoundRobin(nodes);
        var http = new HttpClient(new CookieContainerHandler { InnerHandler = balancer }) { BaseAddress = new Uri("http://localhost/") };
        return (new PortalClient(http, nodes[0].Authenticator), balancer);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var node = Interlocked.Increment(ref _next) % _nodes.Length;
        lock (Answered)
        {
            Answered.Add(node);
        }

        return _nodes[node].SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var node in _nodes)
            {
                node.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
