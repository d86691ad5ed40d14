namespace Trygghet.Portal.Core.Search;

/// <summary>What a module offers the public search at /sok: its public, published items only (the search page shows
/// whatever a source returns to anyone). Register with <c>services.AddSearchSource&lt;…&gt;()</c>; a source
/// of a module switched off for the site is skipped.</summary>
public interface ISearchSource
{
    string ModuleName { get; }

    Task<IReadOnlyList<SearchDocument>> GetPublicDocumentsAsync(CancellationToken cancellationToken);
}

/// <param name="Url">Site-relative address of the item's public page.</param>
/// <param name="Kind">What it is, in Swedish, e.g. "Nyhet", "Åtgärd", "Sammanträde".</param>
/// <param name="Text">Plain text (no markup) that is searched and from which the snippet is taken.</param>
public sealed record SearchDocument(string Url, string Title, string Text, string Kind, DateTimeOffset? Date = null);
