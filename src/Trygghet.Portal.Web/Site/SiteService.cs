using Microsoft.EntityFrameworkCore;
using Trygghet.Portal.Core.Modules;
using Trygghet.Portal.Core.Site;

namespace Trygghet.Portal.Web.Site;

/// <summary>The site's state held in memory: read once after migrations and again after setup, so that
/// every request can ask "is it set up, which modules are on" without a query.</summary>
internal sealed class SiteService(IServiceScopeFactory scopes, ModuleSet modules) : ISiteInfo, ISiteModules
{
    public const string DefaultSiteName = "Trygghetsportalen";

    private volatile Snapshot _current = new(null);

    public bool IsSetUp => _current.State is not null;

    public string SiteName => _current.State?.SiteName is { Length: > 0 } name ? name : DefaultSiteName;

    public string Organisation => _current.State?.Organisation ?? string.Empty;

    public string ContactEmail => _current.State?.ContactEmail ?? string.Empty;

    public IReadOnlyList<PortalModule> Loaded => modules.Loaded;

    public IReadOnlyList<string> NotLoaded => modules.All.Except(modules.Loaded).Select(m => m.Name).ToList();

    public bool IsEnabled(string moduleName) =>
        modules.Loaded.Any(m => string.Equals(m.Name, moduleName, StringComparison.OrdinalIgnoreCase))
        && !(_current.State?.DisabledModules.Contains(moduleName, StringComparer.OrdinalIgnoreCase) ?? false);

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
        _current = new Snapshot(await db.Sites.AsNoTracking().SingleOrDefaultAsync(cancellationToken));
    }

    private sealed record Snapshot(SiteState? State);
}
