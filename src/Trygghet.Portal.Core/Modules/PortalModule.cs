namespace Trygghet.Portal.Core.Modules;

/// <summary>
/// A module's registration: the host calls it once at start-up. Orchard's Startup class, without
/// Orchard's shell: services are registered into the one host container.
/// </summary>
public abstract class PortalModule
{
    /// <summary>The module's name; also its Razor area and its configuration key (Modules:{Name}).</summary>
    public abstract string Name { get; }

    /// <summary>Required modules cannot be switched off (the site cannot be set up without them).</summary>
    public virtual bool IsRequired => false;

    public abstract void ConfigureServices(IServiceCollection services, ModuleContext context);

    /// <summary>Minimal-API endpoints (open data, feeds). Razor pages are found through the module's area.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
