namespace Trygghet.Portal.Testing;

/// <summary>The test portal's one clock: it starts at a chosen instant and runs at real speed from there, so timers and
/// background work behave as shipped while no test depends on the day it runs. <see cref="Advance"/> moves it forward
/// (a session kept open past the security-stamp interval, a link that expires); timers keep their real durations.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _startedAt = System.GetTimestamp();
    private long _advancedTicks;

    public override DateTimeOffset GetUtcNow() =>
        start + System.GetElapsedTime(_startedAt) + TimeSpan.FromTicks(Interlocked.Read(ref _advancedTicks));

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _advancedTicks, by.Ticks);
    }
}
