using Microsoft.Extensions.DependencyInjection.Extensions;
using Trygghet.Modules.Audit.Data;
using Trygghet.Modules.Audit.Entries;
using Trygghet.Modules.Audit.Recipes;
using Trygghet.Portal.Core.Audit;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Modules;

namespace Trygghet.Modules.Audit;

/// <summary>The audit trail: every module's IAuditTrail events, stored append-only, read in /admin/audit.</summary>
public sealed class AuditModule : PortalModule
{
    public const string ModuleName = "Audit";

    public override string Name => ModuleName;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<AuditDbContext, SqliteAuditDbContext, PostgresAuditDbContext>(context, AuditDbContext.Schema);
        // Core registers a logging fallback with TryAdd; with this module on, events are stored instead.
        services.Replace(ServiceDescriptor.Scoped<IAuditTrail, DatabaseAuditTrail>());
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddRecipeStep<AuditEntriesStep>();
    }
}
