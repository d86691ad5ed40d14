namespace Trygghet.Modules.Content.Items;

/// <summary>An address an item had before an editor changed its slug: links citizens and search engines saved
/// keep working (301 to the current address).</summary>
internal sealed class SlugRedirect
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string OldSlug { get; set; } = string.Empty;

    public Guid ItemId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
