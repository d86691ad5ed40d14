using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Http;
using Trygghet.Portal.Core.Modules;
using Trygghet.Portal.Core.Security;
using Trygghet.Portal.Web.Site;

namespace Trygghet.Portal.Web.Hosting;

internal static class ModulesHostingExtensions
{
    /// <summary>Registers the modules that configuration leaves on (Modules:{Name}:Enabled, default true).
    /// A module switched off here is not loaded at all: no services, no tables, no pages.</summary>
    public static WebApplicationBuilder AddPortalModules(this WebApplicationBuilder builder, params PortalModule[] modules)
    {
        var database = DatabaseSettings.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(DataPaths.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath));
        builder.Services.AddPortalCore();

        var loaded = modules
            .Where(m => m.IsRequired || builder.Configuration.GetValue($"Modules:{m.Name}:Enabled", defaultValue: true))
            .ToList();
        foreach (var module in loaded)
        {
            module.ConfigureServices(builder.Services, new ModuleContext(builder.Configuration, database, module.Name));
        }

        builder.Services.AddSingleton(new ModuleSet(modules, loaded));
        var unloaded = modules.Except(loaded).Select(m => m.GetType().Assembly).ToHashSet();
        builder.Services.AddRazorPages(options =>
            {
                foreach (var module in loaded)
                {
                    // Every page of a module carries its name, so a module the recipe switched off answers 404.
                    options.Conventions.AddAreaFolderApplicationModelConvention(module.Name, "/",
                        page => page.EndpointMetadata.Add(new PortalModuleMetadata(module.Name)));
                    // Every back-office page needs admin access on top of its own permission.
                    options.Conventions.AuthorizeAreaFolder(module.Name, "/Admin", PermissionPolicy.For(CorePermissions.AccessAdmin));
                }

                options.Conventions.AuthorizeFolder("/Admin", PermissionPolicy.For(CorePermissions.AccessAdmin));
            })
            .ConfigureApplicationPartManager(parts =>
            {
                // A Razor module contributes two parts (its types, and its compiled views and pages): drop both.
                var dropped = parts.ApplicationParts.Where(part => part switch
                {
                    AssemblyPart assembly => unloaded.Contains(assembly.Assembly),
                    CompiledRazorAssemblyPart razor => unloaded.Contains(razor.Assembly),
                    _ => false,
                }).ToList();
                foreach (var part in dropped)
                {
                    parts.ApplicationParts.Remove(part);
                }
            });
        return builder;
    }

    /// <summary>Modules' minimal-API endpoints, each tagged with its module; every GET among them answers HEAD too.</summary>
    public static WebApplication MapPortalModules(this WebApplication app)
    {
        foreach (var module in app.Services.GetRequiredService<ModuleSet>().Loaded)
        {
            module.MapEndpoints(app.MapGroup(string.Empty).WithMetadata(new PortalModuleMetadata(module.Name)).AnswerHeadLikeGet());
        }

        return app;
    }

    /// <summary>Endpoints of a module the site's recipe switched off answer 404.</summary>
    public static WebApplication UsePortalModuleSwitches(this WebApplication app)
    {
        var modules = app.Services.GetRequiredService<ISiteModules>();
        app.Use(async (context, next) =>
        {
            var module = context.GetEndpoint()?.Metadata.GetMetadata<PortalModuleMetadata>();
            if (module is not null && !modules.IsEnabled(module.ModuleName))
            {
                context.SetEndpoint(null);
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });
        return app;
    }
}
