using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Partners;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, as constants for [RequirePermission] (an attribute's argument must be one).</summary>
    internal static class Names
    {
        public const string Manage = "Partners.Manage";
    }

    // Säkerhetsenheten runs the samverkansråd's work with the partners; it also moderates the spaces.
    public static readonly PermissionDefinition Manage =
        new(Names.Manage, "Hantera partnerorganisationer, inbjudningar och samverkansytor (och moderera dem)",
            PartnersModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public IEnumerable<PermissionDefinition> GetPermissions() => [Manage];
}
