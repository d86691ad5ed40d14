using Trygghet.Modules.Media.Library;
using Trygghet.Modules.Media.Contracts;

namespace Trygghet.Modules.Media.Tests;

public sealed class ImageProcessorTests
{
    [Fact]
    public void Configuration_KnowsOnlyJpegPngGifAndWebp() =>
        Assert.Equal(["GIF", "JPEG", "PNG", "Webp"], new ImageProcessor(new MediaOptions(10_000_000, 40_000_000, 256)).Formats);

    [Fact]
    public void HugeImage_IsRefusedFromItsHeader_BeforeDecoding()
    {
        var result = new ImageProcessor(new MediaOptions(10_000_000, 40_000_000, 256)).Process(CraftedFiles.HugePngHeader(), FileKind.Png);

        Assert.Equal(422, result.Status);
        Assert.Empty(result.Variants);
    }

    [Fact]
    public void AllocationLimit_StopsAnImageThatFitsThePixelLimitButNotTheMemory()
    {
        // 40 megapixels allowed, but only 1 MB to decode into: an honest 3000 × 3000 PNG cannot be decoded.
        var result = new ImageProcessor(new MediaOptions(100_000_000, 40_000_000, 1)).Process(CraftedFiles.Png(3000, 3000), FileKind.Png);

        Assert.Equal(422, result.Status);
    }

    [Theory]
    [InlineData(new byte[] { 0x42, 0x4D, 0, 0 }, "Unknown")] // BMP
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00 }, "Unknown")] // TIFF
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "Jpeg")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "Pdf")]
    public void Signature_DecidesTheType(byte[] start, string expected) =>
        Assert.Equal(expected, FileKinds.Detect(start).ToString());
}
