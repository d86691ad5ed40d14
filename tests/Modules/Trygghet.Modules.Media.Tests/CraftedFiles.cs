using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Trygghet.Modules.Media.Tests;

/// <summary>Hostile and ordinary files, made in the test so that what each one is stays visible here.</summary>
internal static class CraftedFiles
{
    public static byte[] Jpeg(int width = 800, int height = 600, bool withGps = false)
    {
        using var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgba32((byte)(x % 256), (byte)(y % 256), 120);
                }
            }
        });
        if (withGps)
        {
            var exif = new ExifProfile();
            exif.SetValue(ExifTag.GPSLatitudeRef, "N");
            exif.SetValue(ExifTag.GPSLatitude, [new Rational(58, 1), new Rational(24, 1), new Rational(36, 1)]);
            exif.SetValue(ExifTag.GPSLongitudeRef, "E");
            exif.SetValue(ExifTag.GPSLongitude, [new Rational(15, 1), new Rational(37, 1), new Rational(12, 1)]);
            exif.SetValue(ExifTag.Make, "Hemlig kamera");
            image.Metadata.ExifProfile = exif;
        }

        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 90 });
        return output.ToArray();
    }

    public static byte[] Png(int width = 300, int height = 200)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(30, 90, 160, 255));
        using var output = new MemoryStream();
        image.Save(output, new PngEncoder());
        return output.ToArray();
    }

    /// <summary>A valid PNG signature and IHDR claiming 20,000 × 20,000 pixels (400 megapixels), then almost nothing:
    /// decoding it would need gigabytes, identifying it needs 33 bytes.</summary>
    public static byte[] HugePngHeader(int width = 20_000, int height = 20_000)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BigEndian(ihdr, 0, width);
        BigEndian(ihdr, 4, height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 6; // RGBA
        Chunk(output, "IHDR", ihdr);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                zlib.Write(new byte[1024]);
            }

            Chunk(output, "IDAT", compressed.ToArray());
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>A JPEG cut after its first third: the scan data and the end-of-image marker are missing.</summary>
    public static byte[] TruncatedJpeg()
    {
        var whole = Jpeg(400, 300);
        return whole[..(whole.Length / 3)];
    }

    /// <summary>An animated GIF with <paramref name="frames"/> frames, each a different colour.</summary>
    public static byte[] GifWithFrames(int frames)
    {
        using var image = new Image<Rgba32>(16, 16, new Rgba32(255, 0, 0, 255));
        for (var i = 1; i < frames; i++)
        {
            using var frame = new Image<Rgba32>(16, 16, new Rgba32((byte)(i % 256), 0, 255, 255));
            image.Frames.AddFrame(frame.Frames.RootFrame);
        }

        using var output = new MemoryStream();
        image.Save(output, new GifEncoder());
        return output.ToArray();
    }

    public static byte[] Svg() => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert('x')</script><rect width=\"10\" height=\"10\"/></svg>");

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert('x')</script></body></html>");

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Docx() => Trygghet.Portal.Testing.OfficeFiles.Docx();

    /// <summary>A ZIP that is no Office document (a renamed archive).</summary>
    public static byte[] PlainZip() => Trygghet.Portal.Testing.OfficeFiles.PlainZip();

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var header = new byte[4];
        BigEndian(header, 0, data.Length);
        output.Write(header);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typeAndData);
        var crc = new byte[4];
        BigEndian(crc, 0, unchecked((int)Crc32(typeAndData)));
        output.Write(crc);
    }

    private static void BigEndian(byte[] buffer, int offset, int value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
