using Microsoft.Extensions.Configuration;
using Trygghet.Portal.Core.Files;

namespace Trygghet.Modules.Governance.Meetings;

/// <summary>Attachments' bytes in the site's <see cref="IFileStore"/> at governance/attachments/{id} (never by the
/// uploaded name): the folder under App:DataPath by default, shared by every node when mounted, or the database.</summary>
internal sealed class AttachmentStore(IConfiguration configuration, IFileStore files)
{
    public long MaxBytes => configuration.GetValue("Modules:Governance:MaxAttachmentBytes", AttachmentRules.DefaultMaxBytes);

    /// <summary>Writes the content and returns its SHA-256 (hex). The file is complete before it is visible.</summary>
    public Task<string> SaveAsync(Guid id, Stream content, CancellationToken cancellationToken) =>
        files.SaveWithSha256Async(PathOf(id), content, cancellationToken);

    public Task<Stream?> OpenReadAsync(Guid id, CancellationToken cancellationToken) => files.OpenReadAsync(PathOf(id), cancellationToken);

    /// <summary>The path in the file store (the folder layout of sites from before the store).</summary>
    public static string PathOf(Guid id) => "governance/attachments/" + id.ToString("N");
}
