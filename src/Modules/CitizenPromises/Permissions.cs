using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.CitizenPromises;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, as constants for [RequirePermission] (an attribute's argument must be one).</summary>
    internal static class Names
    {
        public const string Manage = "CitizenPromises.Manage";
        public const string Publish = "CitizenPromises.Publish";
    }

    public static readonly PermissionDefinition Manage =
        new(Names.Manage, "Hantera medborgarlöften: överenskommelser, löften, aktiviteter och uppföljningar (som utkast)",
            CitizenPromisesModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public static readonly PermissionDefinition Publish =
        new(Names.Publish, "Publicera medborgarlöften och uppföljningar på den publika webbplatsen",
            CitizenPromisesModule.ModuleName, WellKnownRoles.Administrator, "Redaktör");

    public IEnumerable<PermissionDefinition> GetPermissions() => [Manage, Publish];
}
