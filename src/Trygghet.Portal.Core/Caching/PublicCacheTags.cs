namespace Trygghet.Portal.Core.Caching;

/// <summary>Names of what cached public pages depend on. A page declares the tags of the data it shows
/// (<see cref="PublicCacheAttribute"/>); the code that changes that data evicts the same tag.</summary>
public static class PublicCacheTags
{
    /// <summary>The site as a whole: its name, organisation, navigation and which modules are on. Every cached
    /// page carries it (the layout shows all of these), so evicting it evicts everything.</summary>
    public const string Site = "site";

    /// <summary>The forums of the governance model (Governance).</summary>
    public const string Forums = "forums";

    /// <summary>Meetings, their published agendas, protokoll and decisions (Governance).</summary>
    public const string Meetings = "meetings";

    /// <summary>The kommunala mål (FollowUp).</summary>
    public const string Goals = "goals";

    /// <summary>The action plans and their measures with progress (FollowUp). Shared here because pages of other
    /// modules show measures too: a medborgarlöfte shows the progress of the measures it links, the start page the
    /// plan's roll-up, and each such page carries this tag.</summary>
    public const string Measures = "measures";
}
