namespace Trygghet.Portal.Core.Data;

/// <summary>The DbContext types of the loaded modules, in registration order: migrated at start-up,
/// checked by /health/ready, enlisted in a recipe's transaction.</summary>
public sealed class ModuleDatabases
{
    private readonly List<ModuleDatabase> _databases = [];

    public IReadOnlyList<ModuleDatabase> All => _databases;

    internal void Add(ModuleDatabase database) => _databases.Add(database);
}

/// <param name="ContextType">The service type modules inject (e.g. GovernanceDbContext).</param>
/// <param name="Schema">The module's schema (PostgreSQL) or table prefix (SQLite).</param>
public sealed record ModuleDatabase(string ModuleName, Type ContextType, string Schema);
