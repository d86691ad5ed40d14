namespace Trygghet.Modules.Identity.Users;

internal static class UserStatus
{
    public const string Active = "Aktivt";
    public const string Locked = "Tillfälligt låst";
    public const string Deactivated = "Inaktiverat";

    public static string Of(PortalUser user, DateTimeOffset now) =>
        user.DeactivatedAt is not null ? Deactivated
        : user.LockoutEnd is { } end && end > now ? Locked
        : Active;
}
