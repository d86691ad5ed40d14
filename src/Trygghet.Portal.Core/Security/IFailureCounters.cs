namespace Trygghet.Portal.Core.Security;

/// <summary>Counts failures (wrong passwords, wrong codes) per key within a window and says until when a key must
/// wait. One node keeps the counts in memory; a cluster with Redis:Configuration shares them, so an attacker gains
/// nothing by spreading guesses over the nodes behind the proxy (issue 17, point 3; docs/adr/0022).</summary>
public interface IFailureCounters
{
    /// <summary>Counts one failure against <paramref name="key"/> and, past the policy's free failures, sets a delay
    /// that doubles with every further failure, up to its cap. A window that has ended starts again from one.</summary>
    ValueTask<FailureCount> FailAsync(string key, DateTimeOffset now, FailurePolicy policy, CancellationToken cancellationToken = default);

    /// <summary>Until when the key must wait, or null when it need not.</summary>
    ValueTask<DateTimeOffset?> NotBeforeAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Forgets the key's failures.</summary>
    ValueTask ResetAsync(string key, CancellationToken cancellationToken = default);
}

/// <param name="Window">How long failures are counted together, from the first.</param>
/// <param name="FreeFailures">Failures without a delay.</param>
/// <param name="MaxDelay">The cap of the doubling delay (2 s, 4 s, …).</param>
public sealed record FailurePolicy(TimeSpan Window, int FreeFailures, TimeSpan MaxDelay)
{
    /// <summary>The delay after the <paramref name="failures"/>th failure: none while free, then 2^(n − free) s.</summary>
    public TimeSpan DelayAfter(int failures) => failures <= FreeFailures
        ? TimeSpan.Zero
        : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - FreeFailures), MaxDelay.TotalSeconds));
}

/// <param name="Failures">Failures of the key in its current window, this one included.</param>
/// <param name="NotBefore">Until when the key must wait (in the past when it need not).</param>
public readonly record struct FailureCount(int Failures, DateTimeOffset NotBefore);
