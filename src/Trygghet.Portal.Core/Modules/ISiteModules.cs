namespace Trygghet.Portal.Core.Modules;

/// <summary>Which modules are on for this site: configuration decides what is loaded at all, the
/// recipe can switch loaded modules off.</summary>
public interface ISiteModules
{
    IReadOnlyList<PortalModule> Loaded { get; }

    /// <summary>Modules the host knows but configuration switched off (Modules:{Name}:Enabled=false).</summary>
    IReadOnlyList<string> NotLoaded { get; }

    bool IsEnabled(string moduleName);
}
