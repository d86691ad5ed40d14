using System.Security.Cryptography;

namespace Trygghet.Portal.Core.Security;

/// <summary>The per-request nonce the Content-Security-Policy allows scripts with. Layouts that need an
/// inline script write nonce="@Nonce.Value"; nothing without it runs.</summary>
public sealed class CspNonce
{
    private readonly string _value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    /// <summary>The nonce for markup. Reading it marks the response as carrying the nonce in its body, which
    /// keeps the response out of the output cache: a cached body would carry a nonce that the header of a
    /// later response (a new nonce per request) does not allow.</summary>
    public string Value
    {
        get
        {
            IsInMarkup = true;
            return _value;
        }
    }

    /// <summary>The nonce for the Content-Security-Policy header; reading it does not mark the response.</summary>
    public string HeaderValue => _value;

    public bool IsInMarkup { get; private set; }
}
