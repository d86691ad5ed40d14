using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Partners.Spaces;

/// <summary>A person's membership of a space: what Orchard lacks, per-space permissions. Ended, never deleted,
/// so that who could read what stays known. Personal data is the account id and the name only.</summary>
internal sealed class SpaceMember : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid SpaceId { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The organisation the person represents; null for municipal staff in the space.</summary>
    public Guid? OrganisationId { get; set; }

    public SpaceRole Role { get; set; }

    public DateTime AddedUtc { get; set; }

    public DateTime? EndedUtc { get; set; }

    public Guid Version { get; set; }
}

/// <summary>What a member may do in the space, each role including the ones before it.</summary>
internal enum SpaceRole
{
    /// <summary>Reads the material, threads and report-backs, downloads documents.</summary>
    Lasare = 1,

    /// <summary>Also starts threads, replies and writes report-backs.</summary>
    Deltagare = 2,

    /// <summary>Also uploads documents.</summary>
    Moderator = 3,
}

internal static class SpaceText
{
    public static string Role(SpaceRole role) => role switch
    {
        SpaceRole.Lasare => "Läsare",
        SpaceRole.Deltagare => "Deltagare",
        _ => "Moderator",
    };
}
