using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.CitizenPromises;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly PermissionDefinition Manage =
        new("CitizenPromises.Manage", "Hantera medborgarlöften: överenskommelser, löften, aktiviteter och uppföljningar (som utkast)",
            CitizenPromisesModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public static readonly PermissionDefinition Publish =
        new("CitizenPromises.Publish", "Publicera medborgarlöften och uppföljningar på den publika webbplatsen",
            CitizenPromisesModule.ModuleName, WellKnownRoles.Administrator, "Redaktör");

    public IEnumerable<PermissionDefinition> GetPermissions() => [Manage, Publish];
}
