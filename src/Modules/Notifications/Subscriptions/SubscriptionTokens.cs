using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Trygghet.Modules.Notifications.Subscriptions;

/// <summary>Confirmation and removal links carry 256 random bits; only the SHA-256 is stored (a random token needs no
/// salt), so a copy of the database yields no working link.</summary>
internal static class SubscriptionTokens
{
    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

/// <summary>The unsubscribe link of a subscription: its id protected (encrypted and signed) with the portal's Data
/// Protection keys, so nothing per subscriber has to be stored to check it and no one can make a link for another
/// subscription. Nodes share the key ring anyway (cookies and antiforgery need it).</summary>
internal sealed class UnsubscribeLinks(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Trygghet.Notifications.Unsubscribe.v1");

    public string TokenFor(Guid subscriptionId) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(subscriptionId.ToByteArray()));

    public Guid? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 500)
        {
            return null;
        }

        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
