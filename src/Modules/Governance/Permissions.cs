using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Governance;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, as constants for [RequirePermission] (an attribute's argument must be one).</summary>
    internal static class Names
    {
        public const string ManageForums = "Governance.ManageForums";
        public const string ManageMeetings = "Governance.ManageMeetings";
        public const string ManageMinutes = "Governance.ManageMinutes";
        public const string ExportAttendance = "Governance.ExportAttendance";
    }

    public static readonly PermissionDefinition ManageForums =
        new(Names.ManageForums, "Hantera forum: syfte, uppgifter, sammansättning och mötesfrekvens",
            GovernanceModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public static readonly PermissionDefinition ManageMeetings =
        new(Names.ManageMeetings, "Hantera sammanträden: tider, plats, status, kallelse och föredragningslista",
            GovernanceModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public static readonly PermissionDefinition ManageMinutes =
        new(Names.ManageMinutes, "Föra protokoll: närvaro, paragrafer, justering och rättelser",
            GovernanceModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public static readonly PermissionDefinition ExportAttendance =
        new(Names.ExportAttendance, "Ta ut närvaro per ledamot och period (underlag för arvoden)",
            GovernanceModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public IEnumerable<PermissionDefinition> GetPermissions() => [ManageForums, ManageMeetings, ManageMinutes, ExportAttendance];
}
