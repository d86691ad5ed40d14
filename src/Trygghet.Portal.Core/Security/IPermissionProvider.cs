namespace Trygghet.Portal.Core.Security;

/// <summary>Implemented by each module's Permissions class.</summary>
public interface IPermissionProvider
{
    IEnumerable<PermissionDefinition> GetPermissions();
}
