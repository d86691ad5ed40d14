using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Audit;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, as constants for [RequirePermission] (an attribute's argument must be one).</summary>
    internal static class Names
    {
        public const string View = "Audit.View";
    }

    // Säkerhetsenheten is the municipality's security function: following up who read classified material is its work.
    public static readonly PermissionDefinition View =
        new(Names.View, "Läsa granskningsloggen: inloggningar, behörigheter, inbjudningar och åtkomst till icke-offentligt material",
            AuditModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public IEnumerable<PermissionDefinition> GetPermissions() => [View];
}
