using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Partners.Spaces;

/// <summary>Space documents' bytes under {App:DataPath}/partners/documents, named by id (never by the uploaded
/// name), outside wwwroot so no static path can ever reach them.</summary>
internal sealed class DocumentStore(IConfiguration configuration, DataPaths data)
{
    private string Root => data.Of("partners", "documents");

    public long MaxBytes => configuration.GetValue("Modules:Partners:MaxDocumentBytes", DocumentRules.DefaultMaxBytes);

    /// <summary>Writes the content and returns its SHA-256 (hex). The file is complete before it is visible.</summary>
    public async Task<string> SaveAsync(Guid id, Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        var target = PathOf(id);
        var partial = target + ".partial";
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var file = File.Create(partial))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        File.Move(partial, target, overwrite: true);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public string PathOf(Guid id) => Path.Combine(Root, id.ToString("N"));
}
