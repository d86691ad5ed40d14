using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Throttling;

/// <summary>Failed sign-ins slow down whoever makes them, instead of locking the account (OWASP ASVS 5.0 V6: no lock
/// an attacker controls). Failures are counted per client address and per submitted address — the string, whether an
/// account has it or not, so the throttle behaves the same for known and unknown addresses — within a window; past a
/// few free attempts each key must wait a delay that doubles with every failure, up to a cap. The account owner is
/// never locked out: after the delay, the right password works. The counts live in <see cref="IFailureCounters"/>:
/// shared by every node when the cluster has Redis, in memory on one node. Also decides which failures reach the audit
/// log, so that anonymous failures cannot grow it without bound; that budget is per node (see docs/adr/0022).</summary>
internal sealed class SignInThrottle(TimeProvider clock, IFailureCounters counters)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Free failures per submitted address, then 2 s, 4 s, … up to <see cref="MaxAccountDelay"/>.</summary>
    public const int FreeAccountFailures = 3;

    /// <summary>Free failures per client address (an office behind one NAT shares it), then the same doubling.</summary>
    public const int FreeClientFailures = 10;

    public static readonly TimeSpan MaxAccountDelay = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan MaxClientDelay = TimeSpan.FromMinutes(5);

    /// <summary>Failures logged one by one per window and node, over all keys; past it only summaries at 10, 100 …</summary>
    public const int MaxAuditedPerWindow = 200;

    private static readonly FailurePolicy ClientPolicy = new(Window, FreeClientFailures, MaxClientDelay);

    private static readonly FailurePolicy AccountPolicy = new(Window, FreeAccountFailures, MaxAccountDelay);

    private readonly Lock _auditLock = new();

    private DateTimeOffset _auditWindowStart = DateTimeOffset.MinValue;

    private int _auditedInWindow;

    private int _failedInWindow;

    /// <summary>How long the caller must still wait before a sign-in attempt is even checked, or null.</summary>
    public async Task<TimeSpan?> WaitAsync(string? clientAddress, string account)
    {
        var now = clock.GetUtcNow();
        var client = await counters.NotBeforeAsync(Key("client", clientAddress)) ?? now;
        var address = await counters.NotBeforeAsync(Key("account", account)) ?? now;
        var wait = (client > address ? client : address) - now;
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>Counts a failure against both keys.</summary>
    /// <returns>What the audit log gets: one entry per submitted address and window (the first failure), then one
    /// at the 10th, 100th … failure; and, over all keys, at most <see cref="MaxAuditedPerWindow"/> entries per window
    /// before only a summary at every power of ten.</returns>
    public async Task<AuditDecision> FailAsync(string? clientAddress, string account)
    {
        var now = clock.GetUtcNow();
        await counters.FailAsync(Key("client", clientAddress), now, ClientPolicy);
        var failures = (await counters.FailAsync(Key("account", account), now, AccountPolicy)).Failures;
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
    public Task SucceedAsync(string account) => counters.ResetAsync(Key("account", account)).AsTask();

    private static string Key(string kind, string? value) => "sign-in:" + kind + ":" + (value ?? "-").Trim().ToUpperInvariant();

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
}

/// <param name="Audit">Log this failure as its own entry.</param>
/// <param name="Failures">Failures of the submitted address in the current window, this one included.</param>
/// <param name="Summary">When set, log a summary: this many failures over all addresses in the window.</param>
internal sealed record AuditDecision(bool Audit, int Failures, int? Summary);
