using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.FollowUp;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly PermissionDefinition ManageGoals =
        new("FollowUp.ManageGoals", "Hantera kommunala mål", FollowUpModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public IEnumerable<PermissionDefinition> GetPermissions() => [ManageGoals];
}
