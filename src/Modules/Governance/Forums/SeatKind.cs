namespace Trygghet.Modules.Governance.Forums;

/// <summary>Ledamot (member), ersättare (substitute), adjungerad (co-opted: attends and speaks, does not decide).</summary>
internal enum SeatKind
{
    Ledamot = 0,
    Ersattare = 1,
    Adjungerad = 2,
}
