using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;
using Trygghet.Modules.Identity.Users;

namespace Trygghet.Modules.Identity.Mfa;

/// <summary>TOTP (RFC 6238, 30-second steps, six digits) as OWASP ASVS 5.0 6.5.1/6.5.5 asks: a code is accepted
/// within one time step either side of now (±30 s, not ASP.NET's ±90 s) and once only. The last accepted step is
/// kept per user (AspNetUserTokens); a code of that step or an earlier one is refused, so a code seen over a
/// shoulder or replayed from a log cannot be used again. Saving the step goes through the user's concurrency stamp:
/// of two requests racing with one code, only one succeeds.</summary>
internal sealed class TotpTokenProvider(TotpClock clock) : IUserTwoFactorTokenProvider<PortalUser>
{
    public const string ProviderName = "TrygghetTotp";
    internal const string LastStepToken = "LastAcceptedTimeStep";

    /// <summary>The code comes from the person's authenticator app; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        var code = token.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.UtcNow.UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1)))
        {
            return false;
        }

        var last = await manager.GetAuthenticationTokenAsync(user, ProviderName, LastStepToken);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep)
        {
            return false;
        }

        var saved = await manager.SetAuthenticationTokenAsync(user, ProviderName, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
        return saved.Succeeded;
    }
}

/// <summary>The time TOTP codes are checked against; a class of its own so tests can move it without moving
/// the clock of cookies and tokens.</summary>
internal class TotpClock(TimeProvider time)
{
    public virtual DateTimeOffset UtcNow => time.GetUtcNow();
}
