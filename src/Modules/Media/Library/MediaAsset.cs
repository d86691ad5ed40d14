using Trygghet.Portal.Core.Data;

namespace Trygghet.Modules.Media.Library;

internal enum MediaKind
{
    Bild = 0,
    Dokument = 1,
}

/// <summary>An uploaded image or document. Its files live under App:DataPath/media/{Hash}/: the re-encoded image
/// profiles, or the document as uploaded. The hash (of the uploaded bytes) is in every URL, so a file's URL never
/// changes meaning and can be cached for a year.</summary>
internal sealed class MediaAsset : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid? FolderId { get; set; }

    public MediaKind Kind { get; set; }

    /// <summary>The uploaded file name, made safe (letters, digits, dot, hyphen, underscore).</summary>
    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    /// <summary>First 32 hex digits of the SHA-256 of the uploaded bytes.</summary>
    public string Hash { get; set; } = string.Empty;

    public long Bytes { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    /// <summary>The stored image profiles; empty for documents.</summary>
    public List<MediaVariant> Variants { get; set; } = [];

    /// <summary>A suggested alternative text; content using the image must still give its own.</summary>
    public string? Alt { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public Guid Version { get; set; }

    public string Url(string file) => $"/media/{Hash}/{file}";
}

internal sealed class MediaVariant
{
    public string Profile { get; set; } = string.Empty;

    public string File { get; set; } = string.Empty;

    public int Width { get; set; }

    public int Height { get; set; }
}

internal sealed class MediaFolder : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Name { get; set; } = string.Empty;

    public Guid Version { get; set; }
}
