using Microsoft.Extensions.Time.Testing;
using Trygghet.Modules.Identity.Throttling;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>The throttle's arithmetic on its own (issue 17, point 3): increasing delays per address and per client,
/// and an audit log that a flood of made-up addresses from many clients cannot grow without bound.</summary>
public sealed class SignInThrottleTests
{
    [Fact]
    public async Task Delays_StartAfterTheFreeFailures_AndDouble_UpToTheCap()
    {
        var clock = new FakeTimeProvider(PortalApp.DemoDay);
        var throttle = new SignInThrottle(clock, new MemoryFailureCounters());
        var waits = new List<double>();
        for (var i = 0; i < 12; i++)
        {
            await throttle.FailAsync("10.0.0." + i, "anna@example.se");
            waits.Add((await throttle.WaitAsync("10.0.0.99", "anna@example.se"))?.TotalSeconds ?? 0);
        }

        Assert.Equal([0, 0, 0, 2, 4, 8, 16, 32, 60, 60, 60, 60], waits);
        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Null(await throttle.WaitAsync("10.0.0.99", "anna@example.se"));
        await throttle.SucceedAsync("anna@example.se");
        Assert.Null(await throttle.WaitAsync("10.0.0.1", "anna@example.se"));
    }

    [Fact]
    public async Task OneClient_IsSlowedDown_WhateverAddressesItTries()
    {
        var throttle = new SignInThrottle(new FakeTimeProvider(PortalApp.DemoDay), new MemoryFailureCounters());
        for (var i = 0; i < SignInThrottle.FreeClientFailures + 1; i++)
        {
            await throttle.FailAsync("192.0.2.7", $"person{i}@example.se");
        }

        Assert.NotNull(await throttle.WaitAsync("192.0.2.7", "ny@example.se"));
        Assert.Null(await throttle.WaitAsync("192.0.2.8", "ny@example.se"));
    }

    [Fact]
    public async Task AFloodOfAddresses_FromManyClients_IsAuditedUpToTheCap_ThenOnlyAsCounts()
    {
        var throttle = new SignInThrottle(new FakeTimeProvider(PortalApp.DemoDay), new MemoryFailureCounters());
        var decisions = new List<AuditDecision>();
        for (var i = 0; i < 5000; i++)
        {
            decisions.Add(await throttle.FailAsync($"198.51.{i / 250}.{i % 250}", $"slump{i}@example.se"));
        }

        Assert.Equal(SignInThrottle.MaxAuditedPerWindow, decisions.Count(d => d.Audit));
        Assert.Equal([1000], decisions.Where(d => d.Summary is not null).Select(d => d.Summary!.Value));
    }
}
