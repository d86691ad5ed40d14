using Trygghet.Portal.Core.Data;

namespace Trygghet.Portal.Web.Site;

/// <summary>The one row that says the site is set up, from which recipe, and which modules the recipe switched off.</summary>
internal sealed class SiteState : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string SiteName { get; set; } = string.Empty;

    public string Organisation { get; set; } = string.Empty;

    public string ContactEmail { get; set; } = string.Empty;

    public string RecipeName { get; set; } = string.Empty;

    public DateTimeOffset SetupCompletedAt { get; set; }

    public List<string> DisabledModules { get; set; } = [];

    public Guid Version { get; set; }
}
