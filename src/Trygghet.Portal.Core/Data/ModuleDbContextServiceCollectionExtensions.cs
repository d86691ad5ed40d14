using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trygghet.Portal.Core.Modules;

namespace Trygghet.Portal.Core.Data;

public static class ModuleDbContextServiceCollectionExtensions
{
    /// <summary>Registers a module's DbContext. <typeparamref name="TContext"/> is what the module injects;
    /// <typeparamref name="TSqlite"/> and <typeparamref name="TPostgres"/> are thin subclasses that own each
    /// provider's migrations (EF Core's documented pattern for one model with two providers).</summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(
        this IServiceCollection services, ModuleContext module, string schema)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        services.TryAddSingleton<VersionStampInterceptor>();
        services.TryAddScoped<PortalConnection>();
        GetOrAddDatabases(services).Add(new ModuleDatabase(module.ModuleName, typeof(TContext), schema));

        if (module.Database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<TContext, TPostgres>((sp, options) => options
                .UseNpgsql(sp.GetRequiredService<PortalConnection>().Connection, npgsql => npgsql
                    .MigrationsHistoryTable("__EFMigrationsHistory", schema)
                    .MigrationsAssembly(typeof(TPostgres).Assembly.FullName))
                .AddInterceptors(sp.GetRequiredService<VersionStampInterceptor>()));
        }
        else
        {
            services.AddDbContext<TContext, TSqlite>((sp, options) => options
                .UseSqlite(sp.GetRequiredService<PortalConnection>().Connection, sqlite => sqlite
                    .MigrationsHistoryTable($"__EFMigrationsHistory_{schema}")
                    .MigrationsAssembly(typeof(TSqlite).Assembly.FullName))
                .AddInterceptors(sp.GetRequiredService<VersionStampInterceptor>()));
        }

        return services;
    }

    private static ModuleDatabases GetOrAddDatabases(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(ModuleDatabases))?.ImplementationInstance;
        if (existing is ModuleDatabases databases)
        {
            return databases;
        }

        databases = new ModuleDatabases();
        services.AddSingleton(databases);
        return databases;
    }
}
