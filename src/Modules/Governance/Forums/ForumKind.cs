namespace Trygghet.Modules.Governance.Forums;

/// <summary>The level of the governance model a forum works at (the seed's "ledningsperspektiv").</summary>
internal enum ForumKind
{
    Strategisk = 0,
    Taktisk = 1,
    Samverkan = 2,
    Operativ = 3,
}
