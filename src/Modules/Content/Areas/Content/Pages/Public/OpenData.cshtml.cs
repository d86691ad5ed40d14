using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Trygghet.Modules.Content.Catalogue;
using Trygghet.Portal.Core.OpenData;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Public;

/// <summary>/oppna-data: the open datasets for people, built from the same endpoint metadata as the DCAT catalogue
/// (<see cref="DcatCatalogue.Datasets"/>), so a new list appears here and in /data/dcat together. No database query.</summary>
[AllowAnonymous]
internal sealed class OpenDataModel(EndpointDataSource sources) : PageModel
{
    public IReadOnlyList<OpenDataListMetadata> Datasets { get; private set; } = [];

    public void OnGet() => Datasets = DcatCatalogue.Datasets(sources);
}
