using Trygghet.Modules.Partners.Data;
using Trygghet.Modules.Partners.Invitations;
using Trygghet.Modules.Partners.Recipes;
using Trygghet.Modules.Partners.Spaces;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Modules;

namespace Trygghet.Modules.Partners;

/// <summary>The samverkansråd's partners: organisations, invitations and the members-only collaboration spaces.</summary>
public sealed class PartnersModule : PortalModule
{
    public const string ModuleName = "Partners";

    public override string Name => ModuleName;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<PartnersDbContext, SqlitePartnersDbContext, PostgresPartnersDbContext>(context, PartnersDbContext.Schema);
        services.AddScoped<InvitationWork>();
        services.AddScoped<SpaceAccess>();
        services.AddSingleton<InvitationOptions>();
        services.AddScoped<DocumentStore>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddRecipeStep<PartnersStep>();
        services.AddDashboardSource<Dashboard.PartnersDashboard>();
    }
}
