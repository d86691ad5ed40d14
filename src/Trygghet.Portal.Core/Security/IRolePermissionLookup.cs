namespace Trygghet.Portal.Core.Security;

/// <summary>Which permissions roles hold. Implemented by the Identity module; cached there.</summary>
public interface IRolePermissionLookup
{
    Task<IReadOnlySet<string>> GetPermissionsAsync(IEnumerable<string> roleNames, CancellationToken cancellationToken = default);
}
