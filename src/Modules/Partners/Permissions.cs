using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Partners;

internal sealed class Permissions : IPermissionProvider
{
    // Säkerhetsenheten runs the samverkansråd's work with the partners; it also moderates the spaces.
    public static readonly PermissionDefinition Manage =
        new("Partners.Manage", "Hantera partnerorganisationer, inbjudningar och samverkansytor (och moderera dem)",
            PartnersModule.ModuleName, WellKnownRoles.Administrator, "Säkerhetsenhet");

    public IEnumerable<PermissionDefinition> GetPermissions() => [Manage];
}
