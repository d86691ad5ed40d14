using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trygghet.Portal.Core.Home;
using Trygghet.Portal.Core.Navigation;
using Trygghet.Portal.Core.Publishing;
using Trygghet.Portal.Core.Recipes;
using Trygghet.Portal.Core.Security;

namespace Trygghet.Portal.Core.Modules;

/// <summary>The few calls a module's registration makes: a module reads as a short list of these.</summary>
public static class ModuleServiceCollectionExtensions
{
    public static IServiceCollection AddPermissions<TPermissions>(this IServiceCollection services)
        where TPermissions : class, IPermissionProvider =>
        services.AddSingleton<IPermissionProvider, TPermissions>();

    public static IServiceCollection AddAdminMenu<TMenu>(this IServiceCollection services)
        where TMenu : class, IAdminMenu =>
        services.AddSingleton<IAdminMenu, TMenu>();

    public static IServiceCollection AddPublicMenu<TMenu>(this IServiceCollection services)
        where TMenu : class, IPublicMenu =>
        services.AddSingleton<IPublicMenu, TMenu>();

    public static IServiceCollection AddSitemapSource<TSource>(this IServiceCollection services)
        where TSource : class, Discovery.ISitemapSource =>
        services.AddScoped<Discovery.ISitemapSource, TSource>();

    /// <summary>Offers a module's public items to the site search at /sok.</summary>
    public static IServiceCollection AddSearchSource<TSource>(this IServiceCollection services)
        where TSource : class, Search.ISearchSource =>
        services.AddScoped<Search.ISearchSource, TSource>();

    /// <summary>Offers a module's work items to the back-office start page.</summary>
    public static IServiceCollection AddDashboardSource<TSource>(this IServiceCollection services)
        where TSource : class, Dashboard.IDashboardSource =>
        services.AddScoped<Dashboard.IDashboardSource, TSource>();

    /// <summary>Offers a module's periods and dates to the årshjul (/arshjul and /admin/arshjul).</summary>
    public static IServiceCollection AddYearWheelSource<TSource>(this IServiceCollection services)
        where TSource : class, YearWheel.IYearWheelSource =>
        services.AddScoped<YearWheel.IYearWheelSource, TSource>();

    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services)
        where TStep : class, IRecipeStep =>
        services.AddScoped<IRecipeStep, TStep>();

    public static IServiceCollection AddSubscriptionTopics<TTopics>(this IServiceCollection services)
        where TTopics : class, Mail.ISubscriptionTopics =>
        services.AddScoped<Mail.ISubscriptionTopics, TTopics>();

    public static IServiceCollection AddHomePageSection<TSection>(this IServiceCollection services)
        where TSection : class, IHomePageSection =>
        services.AddSingleton<IHomePageSection, TSection>();

    /// <summary>Permissions, admin navigation and recipes: the shared machinery every module plugs into.</summary>
    public static IServiceCollection AddPortalCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddPermissions<CorePermissions>();
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<AdminNavigation>();
        services.AddSingleton<PublicNavigation>();
        services.AddScoped<CspNonce>();
        services.AddSingleton<RecipeLoader>();
        services.AddSingleton<RecipeExecutor>();
        services.AddHttpContextAccessor();
        services.TryAddSingleton<Site.IPublicOrigin, Site.ConfiguredPublicOrigin>();
        // Fallbacks that the Audit and Notifications modules replace (services.Replace) when they are on.
        services.TryAddScoped<Audit.IAuditTrail, Audit.LoggingAuditTrail>();
        services.TryAddScoped<Mail.IOutgoingMail, Mail.LoggingOutgoingMail>();
        services.TryAddScoped<Mail.IPublicChangeNotifications, Mail.NoPublicChangeNotifications>();
        services.AddPublicationEvents();
        return services;
    }
}
