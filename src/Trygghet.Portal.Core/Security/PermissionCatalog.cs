namespace Trygghet.Portal.Core.Security;

/// <summary>All permissions declared by the loaded modules, by name.</summary>
public sealed class PermissionCatalog
{
    private readonly Dictionary<string, PermissionDefinition> _byName;

    public PermissionCatalog(IEnumerable<IPermissionProvider> providers)
    {
        _byName = new Dictionary<string, PermissionDefinition>(StringComparer.Ordinal);
        foreach (var permission in providers.SelectMany(p => p.GetPermissions()))
        {
            if (!_byName.TryAdd(permission.Name, permission))
            {
                throw new InvalidOperationException($"Permission '{permission.Name}' is declared twice.");
            }
        }
    }

    public IReadOnlyCollection<PermissionDefinition> All => _byName.Values;

    public bool Exists(string? name) => name is not null && _byName.ContainsKey(name);

    public PermissionDefinition? Find(string name) => _byName.GetValueOrDefault(name);
}
