using System.Collections.Concurrent;

namespace Trygghet.Portal.Core.Security;

/// <summary>The counts of one node, in memory. Bounded: past <see cref="MaxKeys"/> keys the ended windows are swept,
/// and under a flood from everywhere everything is forgotten rather than memory grown.</summary>
public sealed class MemoryFailureCounters : IFailureCounters
{
    public const int MaxKeys = 100_000;

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    public ValueTask<FailureCount> FailAsync(string key, DateTimeOffset now, FailurePolicy policy, CancellationToken cancellationToken = default)
    {
        Sweep(now, policy.Window);
        var counter = _counters.AddOrUpdate(key,
            _ => new Counter(now, 1, now),
            (_, old) => now - old.Since >= policy.Window ? new Counter(now, 1, now) : old with { Failures = old.Failures + 1 });
        var delay = policy.DelayAfter(counter.Failures);
        if (delay > TimeSpan.Zero)
        {
            counter = counter with { NotBefore = now + delay };
            _counters[key] = counter;
        }

        return ValueTask.FromResult(new FailureCount(counter.Failures, counter.NotBefore));
    }

    public ValueTask<DateTimeOffset?> NotBeforeAsync(string key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_counters.TryGetValue(key, out var counter) ? counter.NotBefore : (DateTimeOffset?)null);

    public ValueTask ResetAsync(string key, CancellationToken cancellationToken = default)
    {
        _counters.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    private void Sweep(DateTimeOffset now, TimeSpan window)
    {
        if (_counters.Count < MaxKeys)
        {
            return;
        }

        foreach (var (key, counter) in _counters)
        {
            if (now - counter.Since >= window && counter.NotBefore <= now)
            {
                _counters.TryRemove(key, out _);
            }
        }

        if (_counters.Count >= MaxKeys)
        {
            _counters.Clear(); // Under a flood from everywhere: start over rather than grow.
        }
    }

    private sealed record Counter(DateTimeOffset Since, int Failures, DateTimeOffset NotBefore);
}
