namespace Trygghet.Portal.Core.Discovery;

/// <summary>Public, published addresses a module contributes to /sitemap.xml. Only what an anonymous visitor
/// may read belongs here: the sitemap is public and search engines follow it.</summary>
public interface ISitemapSource
{
    string ModuleName { get; }

    Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken cancellationToken);
}

/// <param name="Path">Site-relative, e.g. "/organisation".</param>
public sealed record SitemapEntry(string Path, DateTimeOffset? LastModified = null);
