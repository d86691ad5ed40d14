namespace Trygghet.Portal.Core.Site;

/// <summary>The site's identity as the recipe set it (shown in layouts, feeds and the accessibility statement).</summary>
public interface ISiteInfo
{
    bool IsSetUp { get; }

    string SiteName { get; }

    string Organisation { get; }

    string ContactEmail { get; }
}
