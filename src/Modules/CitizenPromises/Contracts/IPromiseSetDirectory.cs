namespace Trygghet.Modules.CitizenPromises.Contracts;

/// <summary>The medborgarlöften (promise sets), for other modules' back-office pickers (news links to a
/// medborgarlöfte by its slug). Drafts are included and say so: an editor may link before publishing both.</summary>
public interface IPromiseSetDirectory
{
    /// <summary>Sets whose title or area contains <paramref name="search"/> (all when empty), latest period first.</summary>
    Task<IReadOnlyList<PromiseSetSummary>> ListAsync(string? search, CancellationToken cancellationToken);
}

/// <param name="Slug">The public address is /medborgarloften/{Slug}.</param>
public sealed record PromiseSetSummary(string Slug, string Title, string Area, DateOnly From, DateOnly To, bool IsPublished);
