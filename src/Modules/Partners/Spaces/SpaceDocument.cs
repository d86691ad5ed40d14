namespace Trygghet.Modules.Partners.Spaces;

/// <summary>A members-only file of a space. Its bytes live under App:DataPath/partners/documents, named by id,
/// outside wwwroot; they are only ever served by the space's download page after its membership check.</summary>
internal sealed class SpaceDocument
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid SpaceId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public string UploadedBy { get; set; } = string.Empty;

    public DateTime UploadedUtc { get; set; }
}
