using Microsoft.Extensions.Configuration;

namespace Trygghet.Modules.Media.Library;

/// <summary>Modules:Media:* — the defences' limits (README's configuration table).</summary>
internal sealed record MediaOptions(long MaxUploadBytes, long MaxPixels, int AllocationLimitMegabytes)
{
    public static MediaOptions From(IConfiguration section) => new(
        section.GetValue<long?>("MaxUploadBytes") ?? 10 * 1024 * 1024,
        section.GetValue<long?>("MaxPixels") ?? 40_000_000,
        section.GetValue<int?>("AllocationLimitMegabytes") ?? 256);
}
