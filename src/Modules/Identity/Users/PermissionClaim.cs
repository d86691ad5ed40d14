namespace Trygghet.Modules.Identity.Users;

internal static class PermissionClaim
{
    public const string Type = "permission";
}
