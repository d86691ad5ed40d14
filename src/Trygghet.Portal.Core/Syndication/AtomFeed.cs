namespace Trygghet.Portal.Core.Syndication;

/// <summary>An Atom feed (RFC 4287) as a module describes it; <see cref="AtomWriter"/> writes it. Paths are on the
/// public origin, which the writer is given.</summary>
/// <param name="Path">The feed's own path, also its id ("/nyheter/feed.xml").</param>
/// <param name="AlternatePath">The page the feed follows ("/nyheter").</param>
/// <param name="Author">The site's name.</param>
public sealed record AtomFeed(string Path, string Title, string AlternatePath, string Author, IReadOnlyList<AtomEntry> Entries);

/// <param name="Id">Stable across updates, so an updated entry stays one entry (urn:uuid).</param>
/// <param name="AlternatePath">The entry's page, a path on the public origin (a fragment allowed).</param>
/// <param name="Summary">Plain text.</param>
public sealed record AtomEntry(Guid Id, string Title, DateTime UpdatedUtc, DateTime PublishedUtc, string AlternatePath, string Summary)
{
    public IReadOnlyList<AtomCategory> Categories { get; init; } = [];

    /// <summary>A picture for readers that show one (RFC 4287 4.2.7.2 enclosure): a path on the public origin or an
    /// absolute address.</summary>
    public string? Enclosure { get; init; }
}

public sealed record AtomCategory(string Term, string? Label = null);
