namespace Trygghet.Modules.Content.Items;

/// <summary>News live at /nyheter/{slug} and appear in the list and the feed; pages at /sida/{slug}, found
/// through links and the sitemap (the accessibility statement's background, "om webbplatsen", …).</summary>
internal enum ContentKind
{
    Nyhet = 0,
    Sida = 1,
}

internal static class ContentKinds
{
    public static string PublicPath(ContentKind kind, string slug) => kind == ContentKind.Nyhet ? $"/nyheter/{slug}" : $"/sida/{slug}";

    public static string Describe(ContentKind kind) => kind == ContentKind.Nyhet ? "Nyhet" : "Sida";
}
