namespace Trygghet.Modules.Governance.Memberships;

/// <summary>What a member does besides sitting in the forum; a member may hold several functions.</summary>
[Flags]
internal enum MembershipFunctions
{
    None = 0,
    Ordforande = 1,
    Sammankallande = 2,
    Foredragande = 4,
    Sammanstallande = 8,
}
