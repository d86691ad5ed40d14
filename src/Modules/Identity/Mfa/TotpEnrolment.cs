using Microsoft.AspNetCore.Identity;
using QRCoder;
using Trygghet.Modules.Identity.Users;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.Identity.Mfa;

/// <summary>The key an authenticator app is given, as text, as an otpauth URI and as a QR code. Only for an account
/// whose two factors are not switched on: the key of an account that uses it is never shown again (a new one is made
/// after a fresh code, or after an administrator's reset).</summary>
internal sealed class TotpEnrolment(UserManager<PortalUser> users, ISiteInfo site)
{
    public async Task<EnrolmentKey> KeyToEnrolAsync(PortalUser user)
    {
        if (user.TwoFactorEnabled)
        {
            throw new InvalidOperationException("The key of an account with two factors switched on is not shown.");
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        var issuer = Uri.EscapeDataString(site.SiteName);
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? user.UserName!)}?secret={key}&issuer={issuer}&digits=6&period=30";
        return new EnrolmentKey(string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant(), uri, QrSvg(uri));
    }

    /// <summary>Starts over with a new key: the old one stops working, and two factors are off until the new key is
    /// confirmed with a code. The caller has just checked a code of the old key (or is an administrator).</summary>
    public async Task StartOverAsync(PortalUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        // Codes of the old key are worthless now; the new key's first code may fall in the step just used.
        await users.RemoveAuthenticationTokenAsync(user, TotpTokenProvider.ProviderName, TotpTokenProvider.LastStepToken);
        // The old recovery codes belong to the old set-up: new ones are given when the new key is confirmed.
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 1);
    }

    /// <summary>Server-rendered SVG (no script, no inline style, so the CSP needs nothing new).</summary>
    private static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start < 0 ? svg : svg[start..];
    }
}

/// <param name="FormattedKey">The key in groups of four, lower case, to type into an app.</param>
/// <param name="OtpAuthUri">The otpauth URI (issuer = the site's name) an app can open.</param>
/// <param name="QrSvg">The URI as a QR code, an SVG element.</param>
internal sealed record EnrolmentKey(string FormattedKey, string OtpAuthUri, string QrSvg);
