using MimeKit;
using Trygghet.Portal.Core.Text;

namespace Trygghet.Modules.Notifications.Subscriptions;

/// <summary>What counts as an address a citizen may subscribe with: one plain mailbox (no display name, no list, no
/// spaces, no bidi or zero-width characters), a dot in the domain, at most 254 characters, NFC. Kept lower-cased so one address is one subscriber.</summary>
internal static class EmailAddress
{
    public static string? Normalize(string? input)
    {
        var value = input?.Trim() is { } trimmed ? HiddenCharacters.Normalize(trimmed) : null;
        if (string.IsNullOrEmpty(value) || value.Length > Data.NotificationsDbContext.EmailLength || value.Any(char.IsWhiteSpace) || value.Any(char.IsControl)
            || HiddenCharacters.Contains(value))
        {
            return null;
        }

        if (!MailboxAddress.TryParse(ParserOptions.Default, value, out var mailbox) || !string.Equals(mailbox.Address, value, StringComparison.Ordinal))
        {
            return null;
        }

        var at = value.LastIndexOf('@');
        if (at <= 0 || value.IndexOf('@') != at || !value[(at + 1)..].Contains('.', StringComparison.Ordinal) || value.EndsWith('.'))
        {
            return null;
        }

        return value.ToLowerInvariant();
    }

    /// <summary>For lists staff read: "an…@exempel.se".</summary>
    public static string Mask(string address)
    {
        var at = address.LastIndexOf('@');
        if (at < 0)
        {
            return "…";
        }

        var local = address[..at];
        return (local.Length <= 2 ? local[..1] : local[..2]) + "…" + address[at..];
    }
}
