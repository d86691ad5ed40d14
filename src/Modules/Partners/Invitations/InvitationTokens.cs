using System.Security.Cryptography;
using System.Text;

namespace Trygghet.Modules.Partners.Invitations;

/// <summary>Invitation tokens: 256 random bits, URL-safe; the database keeps their SHA-256 only. A hash without a
/// salt is enough here because the token is random and long: there is nothing to guess from a dictionary.</summary>
internal static class InvitationTokens
{
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Only strings of the shape we issue are looked up at all.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
