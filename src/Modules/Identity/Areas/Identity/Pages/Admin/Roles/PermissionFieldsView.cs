using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Identity.Areas.Identity.Pages.Admin;

internal sealed record PermissionFieldsView(PermissionCatalog Catalog, IReadOnlyCollection<string> Selected, bool Disabled);
