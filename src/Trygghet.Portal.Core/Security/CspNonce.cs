using System.Security.Cryptography;

namespace Trygghet.Portal.Core.Security;

/// <summary>The per-request nonce the Content-Security-Policy allows scripts with. Layouts that need an
/// inline script write nonce="@Nonce.Value"; nothing without it runs.</summary>
public sealed class CspNonce
{
    public string Value { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
}
