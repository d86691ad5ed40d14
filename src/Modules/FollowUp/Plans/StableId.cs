using System.Security.Cryptography;
using System.Text;

namespace Trygghet.Modules.FollowUp.Plans;

/// <summary>Ids derived from a kind and a slug (a name-based, version-5-style GUID), so what a recipe creates has the
/// same id on every site and every run: open data and CSV exports that carry ids stay comparable.</summary>
internal static class StableId
{
    public static Guid For(string kind, string slug)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes($"trygghet.followup:{kind}:{slug}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
