using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Trygghet.Portal.ClusterTests;

/// <summary>Issue 18.6: a node killed during writes, Redis and PostgreSQL stopped and started. Nothing acknowledged is
/// lost or doubled, the other node keeps serving, /health/ready tells, and everything recovers by itself.</summary>
public sealed class FailoverTests
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task NodeKilledDuringWrites_EveryAcknowledgedWriteIsStoredOnce_TheOtherServes_AndItRejoins()
    {
        ClusterSite.EnsureRunning();
        using var client = ClusterSite.Client();
        var token = await ClusterSite.PartnerTokenAsync(client.Http);
        var measures = JsonDocument.Parse(await (await client.Http.SendAsync(ClusterSite.Bearer(HttpMethod.Get, "/api/partner/v1/atgarder", token))).Content.ReadAsStringAsync())
            .RootElement.EnumerateArray().Select(m => m.GetProperty("slug").GetString()!).Take(2).ToList();
        var run = Guid.NewGuid().ToString("N")[..8];
        var acknowledged = new ConcurrentBag<string>();
        var afterKill = 0;
        var next = -1;
        var killed = new TaskCompletionSource();

        async Task WriteAsync(string measure)
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < 200)
            {
                if (i == 60)
                {
                    await ClusterSite.ControlAsync("kill-node", "a");
                    killed.SetResult();
                }

                var text = $"kluster-{run}-{i}";
                try
                {
                    var response = await client.Http.SendAsync(ClusterSite.Bearer(HttpMethod.Post, $"/api/partner/v1/atgarder/{measure}/rapporter", token,
                        JsonContent.Create(new { date = DateTime.UtcNow.ToString("yyyy-MM-dd"), status = "pagar", progress = 50, text })));
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add(text);
                        if (killed.Task.IsCompleted)
                        {
                            Interlocked.Increment(ref afterKill);
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    // Not acknowledged: may or may not be stored, but never twice.
                }
            }
        }

        try
        {
            await Task.WhenAll(measures.Select(WriteAsync));
        }
        finally
        {
            await ClusterSite.ControlAsync("start-node", "a");
        }

        Assert.True(afterKill >= 100, $"Only {afterKill} writes were acknowledged after node A was killed.");
        var stored = await StoredAsync($"kluster-{run}-%");
        Assert.All(stored, s => Assert.True(s.Value == 1, $"{s.Key} stored {s.Value} times"));
        Assert.All(acknowledged, text => Assert.True(stored.ContainsKey(text), $"{text} was acknowledged but is not stored"));

        await ClusterSite.ControlAsync("wait-node", "a");
        using var nodeA = ClusterSite.Client("a");
        Assert.Equal(HttpStatusCode.OK, (await nodeA.Http.GetAsync("/organisation")).StatusCode);
    }

    [Fact]
    public async Task RedisStoppedAndStarted_NodesKeepServing_ReadyTells_AndRecovers()
    {
        ClusterSite.EnsureRunning();
        try
        {
            await ClusterSite.ControlAsync("redis-stop");
            await AssertReadyAsync("Degraded", HttpStatusCode.OK);
            await AssertPagesAsync();
        }
        finally
        {
            await ClusterSite.ControlAsync("redis-start");
        }

        await AssertReadyAsync("Healthy", HttpStatusCode.OK);
        await AssertPagesAsync();
    }

    [Fact]
    public async Task PostgresStoppedAndStarted_NodesStayUp_ReadyTells_AndPagesRecover()
    {
        ClusterSite.EnsureRunning();
        try
        {
            await ClusterSite.ControlAsync("pg-stop");
            await AssertReadyAsync("Unhealthy", HttpStatusCode.ServiceUnavailable);
            foreach (var node in new[] { "a", "b" })
            {
                using var client = ClusterSite.Client(node);
                Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/live")).StatusCode);
            }
        }
        finally
        {
            await ClusterSite.ControlAsync("pg-start");
        }

        await AssertReadyAsync("Healthy", HttpStatusCode.OK);
        await AssertPagesAsync();
    }

    /// <summary>Both nodes, straight to their ports, come to report <paramref name="status"/>.</summary>
    private static async Task AssertReadyAsync(string status, HttpStatusCode code)
    {
        foreach (var node in new[] { "a", "b" })
        {
            using var client = ClusterSite.Client(node);
            var (answer, body) = await ClusterSite.EventuallyAsync(
                async () =>
                {
                    var response = await client.Http.GetAsync("/health/ready");
                    return (response.StatusCode, await response.Content.ReadAsStringAsync());
                },
                r => r.StatusCode == code && r.Item2 == status, Recovery);
            Assert.True(answer == code && body == status, $"node {node}: /health/ready answered {(int)answer} {body}, not {(int)code} {status}");
        }
    }

    /// <summary>Public and back-office pages answer 200 through the proxy (within the recovery time).</summary>
    private static async Task AssertPagesAsync()
    {
        using var visitor = ClusterSite.Client();
        using var admin = await ClusterSite.AdminAsync();
        foreach (var (client, path) in new[] { (visitor, "/"), (visitor, "/organisation"), (visitor, "/sammantraden"), (admin, "/admin") })
        {
            for (var i = 0; i < 2; i++)
            {
                var response = await ClusterSite.EventuallyAsync(() => client.Http.GetAsync(path), r => r.StatusCode == HttpStatusCode.OK, Recovery);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            }
        }
    }

    private static async Task<Dictionary<string, long>> StoredAsync(string pattern)
    {
        await using var connection = new NpgsqlConnection(ClusterSite.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Text", count(*) FROM followup."ProgressUpdates" WHERE "Text" LIKE @pattern GROUP BY "Text" """, connection);
        command.Parameters.AddWithValue("pattern", pattern);
        var stored = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stored[reader.GetString(0)] = reader.GetInt64(1);
        }

        return stored;
    }
}
