using Microsoft.Extensions.Time.Testing;
using Trygghet.Modules.Identity.Throttling;
using Trygghet.Portal.Testing;

namespace Trygghet.Modules.Identity.Tests;

/// <summary>The throttle's arithmetic on its own (issue 17, point 3): increasing delays per address and per client,
/// and an audit log that a flood of made-up addresses from many clients cannot grow without bound.</summary>
public sealed class SignInThrottleTests
{
    [Fact]
    public void Delays_StartAfterTheFreeFailures_AndDouble_UpToTheCap()
    {
        var clock = new FakeTimeProvider(PortalApp.DemoDay);
        var throttle = new SignInThrottle(clock);
        var waits = new List<double>();
        for (var i = 0; i < 12; i++)
        {
            throttle.Fail("10.0.0." + i, "anna@example.se");
            waits.Add(throttle.Wait("10.0.0.99", "anna@example.se")?.TotalSeconds ?? 0);
        }

        Assert.Equal([0, 0, 0, 2, 4, 8, 16, 32, 60, 60, 60, 60], waits);
        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Null(throttle.Wait("10.0.0.99", "anna@example.se"));
        throttle.Succeed("anna@example.se");
        Assert.Null(throttle.Wait("10.0.0.1", "anna@example.se"));
    }

    [Fact]
    public void OneClient_IsSlowedDown_WhateverAddressesItTries()
    {
        var throttle = new SignInThrottle(new FakeTimeProvider(PortalApp.DemoDay));
        for (var i = 0; i < SignInThrottle.FreeClientFailures + 1; i++)
        {
            throttle.Fail("192.0.2.7", $"person{i}@example.se");
        }

        Assert.NotNull(throttle.Wait("192.0.2.7", "ny@example.se"));
        Assert.Null(throttle.Wait("192.0.2.8", "ny@example.se"));
    }

    [Fact]
    public void AFloodOfAddresses_FromManyClients_IsAuditedUpToTheCap_ThenOnlyAsCounts()
    {
        var throttle = new SignInThrottle(new FakeTimeProvider(PortalApp.DemoDay));
        var decisions = Enumerable.Range(0, 5000).Select(i => throttle.Fail($"198.51.{i / 250}.{i % 250}", $"slump{i}@example.se")).ToList();

        Assert.Equal(SignInThrottle.MaxAuditedPerWindow, decisions.Count(d => d.Audit));
        Assert.Equal([1000], decisions.Where(d => d.Summary is not null).Select(d => d.Summary!.Value));
    }
}
