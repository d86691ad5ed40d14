using Microsoft.Extensions.Configuration;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Portal.Core.Modules;

/// <summary>What a module may read while it registers its services.</summary>
public sealed class ModuleContext(IConfiguration configuration, DatabaseSettings database, string moduleName)
{
    public IConfiguration Configuration { get; } = configuration;

    public DatabaseSettings Database { get; } = database;

    public string ModuleName { get; } = moduleName;

    /// <summary>The module's own configuration section, Modules:{Name}.</summary>
    public IConfigurationSection Section => Configuration.GetSection($"Modules:{ModuleName}");
}
