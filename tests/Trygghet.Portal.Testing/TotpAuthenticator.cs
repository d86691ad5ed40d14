using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using OtpNet;

namespace Trygghet.Portal.Testing;

/// <summary>The authenticator app of the test's people: the TOTP key each account enrolled with (kept per e-mail for
/// the portal's lifetime), and codes computed from it with the same algorithm as the portal (RFC 6238, 30-second
/// steps, six digits) on the portal's clock. The portal accepts a code once and only one step either side of now,
/// so a second sign-in of the same account in one step uses the next step's code; a third waits for the next step
/// (a <see cref="FakeTimeProvider"/> or <see cref="TestClock"/> is moved on instead of waiting).</summary>
public sealed class TotpAuthenticator(Func<TimeProvider> clock)
{
    private const int StepSeconds = 30;
    private readonly ConcurrentDictionary<string, Account> _accounts = new(StringComparer.OrdinalIgnoreCase);

    public bool Knows(string email) => _accounts.ContainsKey(email);

    /// <summary>The key the enrolment page showed (groups and case as shown are fine); a new key replaces the old.</summary>
    public void AddKey(string email, string key) =>
        _accounts[email] = new Account(key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());

    /// <summary>The recovery codes the enrolment showed once.</summary>
    public void AddRecoveryCodes(string email, IReadOnlyList<string> codes) => AccountOf(email).RecoveryCodes = codes;

    public string KeyOf(string email) => AccountOf(email).Key;

    public IReadOnlyList<string> RecoveryCodesOf(string email) => AccountOf(email).RecoveryCodes;

    /// <summary>A code the portal has not seen for this account yet.</summary>
    public async Task<string> NextCodeAsync(string email)
    {
        var account = AccountOf(email);
        var time = clock();
        while (true)
        {
            var now = time.GetUtcNow();
            if (account.TakeStep(now.ToUnixTimeSeconds() / StepSeconds) is { } step)
            {
                return new Totp(Base32Encoding.ToBytes(account.Key)).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * StepSeconds).UtcDateTime);
            }

            // Both usable steps are spent: wait for the next one, as a person would. A test clock is moved on instead
            // (a shortcut that saves up to 30 s of real time per repeated sign-in; the portal sees the same thing).
            var wait = TimeSpan.FromSeconds(StepSeconds - (now.ToUnixTimeSeconds() % StepSeconds) + 1);
            if (time is FakeTimeProvider fake)
            {
                fake.Advance(wait);
            }
            else if (time is TestClock testClock)
            {
                testClock.Advance(wait);
            }
            else
            {
                await Task.Delay(wait);
            }
        }
    }

    /// <summary>A code was spent outside <see cref="NextCodeAsync"/> (a test typing one itself).</summary>
    public void Used(string email, DateTimeOffset at) => AccountOf(email).Used(at.ToUnixTimeSeconds() / StepSeconds);

    private Account AccountOf(string email) =>
        _accounts.TryGetValue(email, out var account) ? account : throw new InvalidOperationException($"{email} has not enrolled TOTP in this portal.");

    private sealed class Account(string key)
    {
        private readonly Lock _lock = new();
        private long _lastStep;

        public string Key { get; } = key;

        public IReadOnlyList<string> RecoveryCodes { get; set; } = [];

        /// <summary>The first step after the last one used that the portal still accepts (now or one ahead).</summary>
        public long? TakeStep(long now)
        {
            lock (_lock)
            {
                var next = Math.Max(now, _lastStep + 1);
                if (next > now + 1)
                {
                    return null;
                }

                _lastStep = next;
                return next;
            }
        }

        public void Used(long step)
        {
            lock (_lock)
            {
                _lastStep = Math.Max(_lastStep, step);
            }
        }
    }
}
