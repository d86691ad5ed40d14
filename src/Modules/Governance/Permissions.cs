using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance;

internal sealed class Permissions : IPermissionProvider
{
    public static readonly PermissionDefinition ManageForums =
        new("Governance.ManageForums", "Hantera forum: syfte, uppgifter, sammansättning och mötesfrekvens",
            GovernanceModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public static readonly PermissionDefinition ManageMeetings =
        new("Governance.ManageMeetings", "Hantera sammanträden: tider, plats, status, kallelse och föredragningslista",
            GovernanceModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public static readonly PermissionDefinition ManageMinutes =
        new("Governance.ManageMinutes", "Föra protokoll: närvaro, paragrafer, justering och rättelser",
            GovernanceModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public static readonly PermissionDefinition ExportAttendance =
        new("Governance.ExportAttendance", "Ta ut närvaro per ledamot och period (underlag för arvoden)",
            GovernanceModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public IEnumerable<PermissionDefinition> GetPermissions() => [ManageForums, ManageMeetings, ManageMinutes, ExportAttendance];
}
