using Trygghet.Modules.Governance.Forums;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Governance.Memberships;

/// <summary>A person's place in a forum for a period. History is kept (arkivlagen): a membership is ended by
/// setting <see cref="To"/>, never deleted.</summary>
internal sealed class Membership : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ForumId { get; set; }

    /// <summary>Published on /organisation: a person in a public role (GDPR allows name, role, organisation, party).</summary>
    public string PersonName { get; set; } = string.Empty;

    public SeatKind Kind { get; set; }

    public MembershipFunctions Functions { get; set; }

    /// <summary>The represented organisation or administration (Kommunstyrelsen, Polismyndigheten…).</summary>
    public string? Organisation { get; set; }

    /// <summary>For elected members only.</summary>
    public string? Party { get; set; }

    /// <summary>The staff account that signs in as this member (Identity's account id), if any: it opens the
    /// forum's material in the members' area. Never published.</summary>
    public string? UserId { get; set; }

    public DateOnly From { get; set; }

    /// <summary>Last day of the membership; null while it runs.</summary>
    public DateOnly? To { get; set; }

    public Guid Version { get; set; }

    public bool IsCurrentOn(DateOnly day) => From <= day && (To is null || To >= day);
}
