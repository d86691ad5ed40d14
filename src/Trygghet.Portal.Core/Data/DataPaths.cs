using Microsoft.Extensions.Configuration;

namespace Trygghet.Portal.Core.Data;

/// <summary>The one place where App:DataPath is resolved: the database, media, attachments, partner documents and
/// the OpenID Connect certificates all live below <see cref="Root"/>. The shipped appsettings.json says "App_Data",
/// a relative path; it is taken relative to the content root (not the working directory, and never left relative,
/// since ASP.NET Core would look for a relative file under wwwroot), so every module sees the same absolute folder.</summary>
public sealed class DataPaths
{
    public DataPaths(string root)
    {
        if (!Path.IsPathFullyQualified(root))
        {
            throw new ArgumentException("The data folder must be an absolute path.", nameof(root));
        }

        Root = root;
    }

    /// <summary>Absolute path of the data folder.</summary>
    public string Root { get; }

    /// <summary>App:DataPath relative to <paramref name="contentRoot"/>; App_Data under it when not configured.</summary>
    public static DataPaths FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["App:DataPath"];
        var root = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured, Path.GetFullPath(contentRoot));
        return new DataPaths(root);
    }

    /// <summary>An absolute path below the data folder, e.g. Of("media") or Of("governance", "attachments").</summary>
    public string Of(params string[] parts) => Path.Combine([Root, .. parts]);
}
