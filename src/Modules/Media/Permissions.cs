using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Media;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly PermissionDefinition Manage =
        new("Media.Manage", "Ladda upp bilder och dokument till mediebiblioteket och ordna dem i mappar",
            MediaModule.ModuleName, WellKnownRoles.Administrator, "Redaktör");

    public IEnumerable<PermissionDefinition> GetPermissions() => [Manage];
}
