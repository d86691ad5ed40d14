namespace Trygghet.Portal.Core.Security;

/// <summary>Permissions are checked as authorization policies named "Permission:{name}".</summary>
public static class PermissionPolicy
{
    public const string Prefix = "Permission:";

    public static string For(string permission) => Prefix + permission;

    public static string For(PermissionDefinition permission) => Prefix + permission.Name;
}
