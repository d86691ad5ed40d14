namespace Trygghet.Portal.Core.Security;

/// <summary>A permission a module declares. <paramref name="DefaultRoles"/> receive it when a recipe
/// creates those roles without naming their permissions.</summary>
public sealed record PermissionDefinition(
    string Name,
    string DisplayName,
    string Module,
    params string[] DefaultRoles);
