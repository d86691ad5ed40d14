using System.Collections.Concurrent;

namespace Trygghet.Modules.Identity.Throttling;

/// <summary>Failed sign-ins slow down whoever makes them, instead of locking the account (OWASP ASVS 5.0 V6: no lock
/// an attacker controls). Failures are counted per client address and per submitted address — the string, whether an
/// account has it or not, so the throttle behaves the same for known and unknown addresses — within a window; past a
/// few free attempts each key must wait a delay that doubles with every failure, up to a cap. The account owner is
/// never locked out: after the delay, the right password works. Also decides which failures reach the audit log, so
/// that anonymous failures cannot grow it without bound. In memory, per instance (see docs/adr/0022).</summary>
internal sealed class SignInThrottle(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Free failures per submitted address, then 2 s, 4 s, … up to <see cref="MaxAccountDelay"/>.</summary>
    public const int FreeAccountFailures = 3;

    /// <summary>Free failures per client address (an office behind one NAT shares it), then the same doubling.</summary>
    public const int FreeClientFailures = 10;

    public static readonly TimeSpan MaxAccountDelay = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan MaxClientDelay = TimeSpan.FromMinutes(5);

    /// <summary>Failures logged one by one per window, over all keys; past it only summaries at 10, 100, 1000 …</summary>
    public const int MaxAuditedPerWindow = 200;

    private const int MaxKeys = 100_000;

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    private readonly Lock _auditLock = new();

    private DateTimeOffset _auditWindowStart = DateTimeOffset.MinValue;

    private int _auditedInWindow;

    private int _failedInWindow;

    /// <summary>How long the caller must still wait before a sign-in attempt is even checked, or null.</summary>
    public TimeSpan? Wait(string? clientAddress, string account)
    {
        var now = clock.GetUtcNow();
        var wait = new[] { Remaining(Key("client", clientAddress), now), Remaining(Key("account", account), now) }.Max();
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>Counts a failure against both keys.</summary>
    /// <returns>What the audit log gets: one entry per submitted address and window (the first failure), then one
    /// at the 10th, 100th … failure; and, over all keys, at most <see cref="MaxAuditedPerWindow"/> entries per window
    /// before only a summary at every power of ten.</returns>
    public AuditDecision Fail(string? clientAddress, string account)
    {
        var now = clock.GetUtcNow();
        Sweep(now);
        Count(Key("client", clientAddress), now, FreeClientFailures, MaxClientDelay);
        var failures = Count(Key("account", account), now, FreeAccountFailures, MaxAccountDelay);
        var wanted = failures == 1 || IsPowerOfTen(failures);
        lock (_auditLock)
        {
            if (now - _auditWindowStart >= Window)
            {
                (_auditWindowStart, _auditedInWindow, _failedInWindow) = (now, 0, 0);
            }

            _failedInWindow++;
            if (wanted && _auditedInWindow < MaxAuditedPerWindow)
            {
                _auditedInWindow++;
                return new AuditDecision(true, failures, null);
            }

            return IsPowerOfTen(_failedInWindow) && _failedInWindow > MaxAuditedPerWindow
                ? new AuditDecision(false, failures, _failedInWindow)
                : new AuditDecision(false, failures, null);
        }
    }

    /// <summary>A successful sign-in clears the submitted address's failures (not the client's: one right password
    /// must not buy an attacker another series of free guesses at other accounts).</summary>
    public void Succeed(string account) => _counters.TryRemove(Key("account", account), out _);

    private static string Key(string kind, string? value) => kind + ":" + (value ?? "-").Trim().ToUpperInvariant();

    private TimeSpan Remaining(string key, DateTimeOffset now) =>
        _counters.TryGetValue(key, out var counter) ? counter.NotBefore - now : TimeSpan.Zero;

    private int Count(string key, DateTimeOffset now, int free, TimeSpan cap)
    {
        var counter = _counters.AddOrUpdate(key,
            _ => new Counter(now, 1, now),
            (_, old) => now - old.Since >= Window ? new Counter(now, 1, now) : old with { Failures = old.Failures + 1 });
        if (counter.Failures > free)
        {
            var seconds = Math.Min(Math.Pow(2, counter.Failures - free), cap.TotalSeconds);
            _counters[key] = counter with { NotBefore = now + TimeSpan.FromSeconds(seconds) };
        }

        return counter.Failures;
    }

    /// <summary>Forgets windows that have ended, so a stream of made-up addresses cannot fill the memory.</summary>
    private void Sweep(DateTimeOffset now)
    {
        if (_counters.Count < MaxKeys)
        {
            return;
        }

        foreach (var (key, counter) in _counters)
        {
            if (now - counter.Since >= Window && counter.NotBefore <= now)
            {
                _counters.TryRemove(key, out _);
            }
        }

        if (_counters.Count >= MaxKeys)
        {
            _counters.Clear(); // Under a flood from everywhere: start over rather than grow.
        }
    }

    private static bool IsPowerOfTen(int n)
    {
        for (var p = 10L; p <= n; p *= 10)
        {
            if (p == n)
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Counter(DateTimeOffset Since, int Failures, DateTimeOffset NotBefore);
}

/// <param name="Audit">Log this failure as its own entry.</param>
/// <param name="Failures">Failures of the submitted address in the current window, this one included.</param>
/// <param name="Summary">When set, log a summary: this many failures over all addresses in the window.</param>
internal sealed record AuditDecision(bool Audit, int Failures, int? Summary);
