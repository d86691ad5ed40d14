using Trygghet.Portal.Core.Security;

namespace Trygghet.Modules.Content;

internal sealed class Permissions : IPermissionProvider
{
    /// <summary>The names, as constants for [RequirePermission] (an attribute's argument must be one).</summary>
    internal static class Names
    {
        public const string Manage = "Content.Manage";
    }

    /// <summary>One permission for writing, publishing and archiving: the communicators who write the news are
    /// the ones who publish it, so a separate publish step would only be a second click for the same person.</summary>
    public static readonly PermissionDefinition Manage =
        new(Names.Manage, "Skriva, schemalägga, publicera och arkivera nyheter och sidor",
            ContentModule.ModuleName, WellKnownRoles.Administrator, "Redaktör");

    public IEnumerable<PermissionDefinition> GetPermissions() => [Manage];
}
