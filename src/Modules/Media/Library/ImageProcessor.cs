using SixLabors.ImageSharp;
using Trygghet.Modules.Media.Contracts;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.Processing;

namespace Trygghet.Modules.Media.Library;

/// <summary>ImageSharp 2.1.13, used defensively. Its own Configuration knows only JPEG, PNG, GIF and WebP (never
/// TIFF, BMP, TGA or PBM: nothing else can even be identified); a MemoryAllocator with an allocation limit; the
/// header is identified first and an image with more pixels than allowed is refused before any pixel is decoded;
/// a GIF is decoded to its first frame only. Every image is re-encoded into the profiles with all metadata
/// (EXIF with GPS, XMP, IPTC, ICC, PNG text) removed.</summary>
internal sealed class ImageProcessor
{
    /// <summary>Profile name → width; each also in 2× for high-density screens. Never scaled up.</summary>
    public static readonly IReadOnlyList<(string Name, int Width)> Profiles =
    [
        ("thumb", 160), ("thumb2x", 320), ("card", 480), ("card2x", 960), ("full", 1200), ("full2x", 2400),
    ];

    private readonly Configuration _configuration;
    private readonly MediaOptions _options;

    public ImageProcessor(MediaOptions options)
    {
        _options = options;
        _configuration = new Configuration(new JpegConfigurationModule(), new PngConfigurationModule(), new GifConfigurationModule(), new WebpConfigurationModule())
        {
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { AllocationLimitMegabytes = options.AllocationLimitMegabytes }),
        };
        _configuration.ImageFormatsManager.SetDecoder(GifFormat.Instance, new GifDecoder { DecodingMode = FrameDecodingMode.First, MaxFrames = 1 });
    }

    /// <summary>The formats this configuration can read, for the architecture of the defence to be testable.</summary>
    public IReadOnlyList<string> Formats => _configuration.ImageFormats.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();

    public ImageResult Process(byte[] data, FileKind type)
    {
        if (type == FileKind.Jpeg && !EndsWithEndOfImage(data))
        {
            return ImageResult.Refused(415, "Bilden är inte en hel JPEG-fil (den är avklippt eller skadad).");
        }

        IImageInfo? info;
        try
        {
            info = Image.Identify(_configuration, new MemoryStream(data, writable: false));
        }
        catch (Exception exception) when (IsBadImage(exception))
        {
            return ImageResult.Refused(415, "Bilden är skadad eller ofullständig och kan inte läsas.");
        }

        if (info is null)
        {
            return ImageResult.Refused(415, "Filen är ingen bild av de tillåtna slagen (JPEG, PNG, GIF, WebP).");
        }

        if ((long)info.Width * info.Height > _options.MaxPixels || info.Width <= 0 || info.Height <= 0)
        {
            return ImageResult.Refused(422, $"Bilden är {info.Width} × {info.Height} bildpunkter; högst {_options.MaxPixels / 1_000_000} megapixlar tillåts.");
        }

        try
        {
            using var image = Image.Load(_configuration, new MemoryStream(data, writable: false));
            image.Mutate(x => x.AutoOrient());
            Strip(image);
            var extension = FileKinds.Extension(type);
            var variants = new List<EncodedVariant>();
            foreach (var (name, width) in Profiles)
            {
                var target = Math.Min(width, image.Width);
                using var resized = image.Clone(x => x.Resize(new ResizeOptions { Size = new Size(target, 0), Mode = ResizeMode.Max }));
                Strip(resized);
                using var output = new MemoryStream();
                resized.Save(output, Encoder(type));
                variants.Add(new EncodedVariant(name, $"{name}.{extension}", resized.Width, resized.Height, output.ToArray()));
            }

            return new ImageResult(null, null, image.Width, image.Height, variants);
        }
        catch (Exception exception) when (IsBadImage(exception))
        {
            // ImageSharp wraps the allocator's refusal in a decoding error; it is a size problem, not a format one.
            return exception is InvalidMemoryOperationException || exception.InnerException is InvalidMemoryOperationException
                ? ImageResult.Refused(422, "Bilden är för stor att behandla.")
                : ImageResult.Refused(415, "Bilden är skadad eller ofullständig och kan inte läsas.");
        }
    }

    private static IImageEncoder Encoder(FileKind type) => type switch
    {
        FileKind.Jpeg => new JpegEncoder { Quality = 82 },
        FileKind.Webp => new WebpEncoder { Quality = 82 },
        _ => new PngEncoder { CompressionLevel = PngCompressionLevel.BestCompression },
    };

    /// <summary>Removes every profile that can carry personal data (GPS position, camera serial, author) or script.</summary>
    private static void Strip(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.IccProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.GetPngMetadata().TextData.Clear();
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.IccProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.XmpProfile = null;
        }
    }

    private static bool EndsWithEndOfImage(byte[] data)
    {
        // Some writers pad after the EOI marker; allow a little trailing padding, nothing that looks like a cut.
        var end = data.Length;
        while (end > 2 && data.Length - end < 16 && data[end - 1] == 0)
        {
            end--;
        }

        return end >= 4 && data[end - 2] == 0xFF && data[end - 1] == 0xD9;
    }

    private static bool IsBadImage(Exception exception) =>
        exception is ImageFormatException or InvalidMemoryOperationException or NotSupportedException or IOException
            or InvalidDataException or IndexOutOfRangeException or ArgumentException;
}

internal sealed record EncodedVariant(string Profile, string File, int Width, int Height, byte[] Data);

internal sealed record ImageResult(int? Status, string? Problem, int Width, int Height, IReadOnlyList<EncodedVariant> Variants)
{
    public static ImageResult Refused(int status, string problem) => new(status, problem, 0, 0, []);
}
