namespace Trygghet.Modules.FollowUp;

/// <summary>Output-cache tags of the module's public pages (docs/adr/0007): what changes a plan, a measure or its
/// timeline evicts <see cref="Measures"/>; what changes the lägesbild evicts <see cref="Situation"/>.</summary>
internal static class FollowUpCacheTags
{
    public const string Measures = Trygghet.Portal.Core.Caching.PublicCacheTags.Measures;

    public const string Situation = "lagesbild";
}
