using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Partners.Invitations;

/// <summary>An invitation of one person to one space, on behalf of one organisation. Only the SHA-256 of the
/// link's token is stored, so a copy of the database cannot be turned into working links. Resending gives a new
/// token (the old link dies); revoking and accepting end it. Invitations are kept, for the audit's sake.</summary>
internal sealed class Invitation : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Email { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public Guid OrganisationId { get; set; }

    public Guid SpaceId { get; set; }

    public Spaces.SpaceRole Role { get; set; }

    public string TokenHash { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime SentUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public int TimesSent { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public DateTime? AcceptedUtc { get; set; }

    /// <summary>The account the acceptance created.</summary>
    public string? UserId { get; set; }

    public Guid Version { get; set; }

    public InvitationStatus StatusAt(DateTime nowUtc) =>
        AcceptedUtc is not null ? InvitationStatus.Accepted
        : RevokedUtc is not null ? InvitationStatus.Revoked
        : ExpiresUtc <= nowUtc ? InvitationStatus.Expired
        : InvitationStatus.Pending;
}

internal enum InvitationStatus
{
    Pending,
    Accepted,
    Revoked,
    Expired,
}

internal static class InvitationText
{
    /// <summary>What an invitee sees for every link that does not work: the same words whether it never existed,
    /// expired, was revoked or was used, so the page does not tell a guesser which.</summary>
    public const string LinkNotValid = "Länken gäller inte. Den kan ha gått ut, ha dragits tillbaka, ha ersatts av en ny inbjudan eller redan ha använts. Be den som bjöd in dig om en ny inbjudan.";

    /// <summary>For the audit trail (never shown to the visitor): why a link was refused.</summary>
    public static string Refusal(InvitationStatus status) => status switch
    {
        InvitationStatus.Accepted => "är redan använd",
        InvitationStatus.Revoked => "är återkallad",
        _ => "har gått ut",
    };

    public static string Status(InvitationStatus status) => status switch
    {
        InvitationStatus.Pending => "Väntar på svar",
        InvitationStatus.Accepted => "Accepterad",
        InvitationStatus.Revoked => "Återkallad",
        _ => "Har gått ut",
    };
}
