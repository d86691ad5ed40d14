using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Media;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, as constants for [RequirePermission] (an attribute's argument must be one).</summary>
    internal static class Names
    {
        public const string Manage = "Media.Manage";
    }

    public static readonly PermissionDefinition Manage =
        new(Names.Manage, "Ladda upp bilder och dokument till mediebiblioteket och ordna dem i mappar",
            MediaModule.ModuleName, WellKnownRoles.Administrator, "Redaktör");

    public IEnumerable<PermissionDefinition> GetPermissions() => [Manage];
}
