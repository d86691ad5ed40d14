using Microsoft.AspNetCore.Hosting;
using Trygghet.Modules.Media.Contracts;
using Trygghet.Modules.Media.Data;
using Trygghet.Modules.Media.Library;
using Trygghet.Modules.Media.Recipes;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Modules;

namespace Trygghet.Modules.Media;

/// <summary>The media library: images re-encoded by ImageSharp into resized profiles, documents checked by their
/// first bytes, in folders; served at /media/{hash}/{file} with long cache lifetimes.</summary>
public sealed class MediaModule : PortalModule
{
    public const string ModuleName = "Media";

    public override string Name => ModuleName;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<MediaDbContext, SqliteMediaDbContext, PostgresMediaDbContext>(context, MediaDbContext.Schema);
        services.AddSingleton(MediaOptions.From(context.Section));
        services.AddSingleton<ImageProcessor>();
        services.AddScoped<MediaStore>();
        services.AddScoped<MediaUploads>();
        services.AddScoped<IMediaImages, MediaImages>();
        services.AddTransient<IStartupFilter, UploadSizeStartupFilter>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddRecipeStep<MediaStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => MediaFiles.Map(endpoints);
}
