using Trygghet.Modules.FollowUp.Contracts;
using Trygghet.Portal.Core.Modules;

namespace Trygghet.Modules.CitizenPromises.Promises;

/// <summary>The action plan's measures behind promises, through the FollowUp module's directory when that module
/// is loaded, on and implements it; otherwise none. Only measures the directory returns (public ones) are shown.</summary>
internal sealed class MeasureLinks(IEnumerable<IMeasureDirectory> directories, ISiteModules modules)
{
    /// <summary>The FollowUp module's name, written out: its module class is not part of its contracts.</summary>
    private const string FollowUpModule = "FollowUp";

    public async Task<IReadOnlyDictionary<string, MeasureSummary>> FindAsync(IEnumerable<string> slugs, CancellationToken cancellationToken)
    {
        var wanted = slugs.Distinct(StringComparer.Ordinal).ToList();
        var directory = directories.FirstOrDefault();
        if (wanted.Count == 0 || directory is null || !modules.IsEnabled(FollowUpModule))
        {
            return new Dictionary<string, MeasureSummary>(StringComparer.Ordinal);
        }

        var found = await directory.FindPublicAsync(wanted, cancellationToken);
        return found.Where(m => wanted.Contains(m.Slug, StringComparer.Ordinal))
            .GroupBy(m => m.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The measures of <paramref name="promise"/> the directory knows, in the promise's order.</summary>
    public static IReadOnlyList<MeasureSummary> Of(Promise promise, IReadOnlyDictionary<string, MeasureSummary> found) =>
        promise.MeasureSlugs.Where(found.ContainsKey).Select(s => found[s]).ToList();
}
