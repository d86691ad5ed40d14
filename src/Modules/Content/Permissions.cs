using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Content;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>One permission for writing, publishing and archiving: the communicators who write the news are
    /// the ones who publish it, so a separate publish step would only be a second click for the same person.</summary>
    public static readonly PermissionDefinition Manage =
        new("Content.Manage", "Skriva, schemalägga, publicera och arkivera nyheter och sidor",
            ContentModule.ModuleName, WellKnownRoles.Administrator, "Redaktör");

    public IEnumerable<PermissionDefinition> GetPermissions() => [Manage];
}
