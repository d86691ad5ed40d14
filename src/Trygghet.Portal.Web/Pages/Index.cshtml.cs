using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trygghet.Portal.Core.Caching;
using Trygghet.Portal.Core.Home;
using Trygghet.Portal.Core.Modules;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Portal.Web.Pages;

/// <summary>The citizen start page: the blocks the modules that are on contribute, in order.</summary>
[AllowAnonymous]
[PublicCache]
internal sealed class IndexModel(IEnumerable<IHomePageSection> sections, ISiteModules modules, ISiteInfo site) : PageModel
{
    public IReadOnlyList<IHomePageSection> Sections { get; private set; } = [];

    public string Organisation => string.IsNullOrEmpty(site.Organisation) ? "kommunen" : site.Organisation;

    public void OnGet()
    {
        Sections = sections.Where(s => modules.IsEnabled(s.ModuleName)).OrderBy(s => s.Order).ToList();
        // The cached page is as stale as its most recently changed section.
        HttpContext.AddPublicCacheTags(Sections.SelectMany(s => s.CacheTags));
    }
}
