using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Trygghet.Modules.Content.Catalogue;
using Trygghet.Portal.Core.OpenData;
using Trygghet.Portal.Core.Paging;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Modules.Content.Areas.Content.Pages.Public;

/// <summary>/oppna-data/api: the open-data API for people. Every list, its parameters, headers, formats, fields and a
/// real example are read from the endpoints' metadata (the same as /openapi/v1.json, /data/dcat and /oppna-data), so
/// nothing here is written per endpoint. One query per list for the example's first row.</summary>
[AllowAnonymous]
internal sealed class OpenDataApiModel(EndpointDataSource sources, IPublicOrigin origin) : PageModel
{
    public IReadOnlyList<Entry> Lists { get; private set; } = [];

    public string Origin => origin.Current;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var lists = new List<Entry>();
        foreach (var dataset in DcatCatalogue.Datasets(sources))
        {
            var maxSize = sources.Endpoints.Where(e => e.Metadata.GetMetadata<OpenDataListMetadata>() == dataset)
                .Select(e => e.Metadata.GetMetadata<PagedListMetadata>()?.MaxPageSize).FirstOrDefault() ?? PageRequest.DefaultMaxSize;
            lists.Add(new Entry(dataset, maxSize, await dataset.Preview(HttpContext, cancellationToken)));
        }

        Lists = lists;
    }

    /// <summary>The Swedish name of a field's type, as the OpenAPI document types it.</summary>
    public static string TypeName(OpenDataField field) => field.Kind switch
    {
        OpenDataKind.Boolean => "sant/falskt",
        OpenDataKind.Integer => "heltal",
        OpenDataKind.Decimal => "decimaltal",
        OpenDataKind.Uuid => "uuid",
        OpenDataKind.Date => "datum",
        OpenDataKind.DateTime => "tidpunkt",
        _ => "text",
    };

    internal sealed record Entry(OpenDataListMetadata List, int MaxPageSize, OpenDataPreview Preview);
}
