using Microsoft.Extensions.Configuration;
using Trygghet.Portal.Core.Files;

namespace Trygghet.Modules.Partners.Spaces;

/// <summary>Space documents' bytes in the site's <see cref="IFileStore"/> at partners/documents/{id} (never by the
/// uploaded name), outside wwwroot so no static path can ever reach them; shared by every node.</summary>
internal sealed class DocumentStore(IConfiguration configuration, IFileStore files)
{
    public long MaxBytes => configuration.GetValue("Modules:Partners:MaxDocumentBytes", DocumentRules.DefaultMaxBytes);

    /// <summary>Writes the content and returns its SHA-256 (hex). The file is complete before it is visible.</summary>
    public Task<string> SaveAsync(Guid id, Stream content, CancellationToken cancellationToken) =>
        files.SaveWithSha256Async(PathOf(id), content, cancellationToken);

    public Task<Stream?> OpenReadAsync(Guid id, CancellationToken cancellationToken) => files.OpenReadAsync(PathOf(id), cancellationToken);

    /// <summary>The path in the file store (the folder layout of sites from before the store).</summary>
    public static string PathOf(Guid id) => "partners/documents/" + id.ToString("N");
}
