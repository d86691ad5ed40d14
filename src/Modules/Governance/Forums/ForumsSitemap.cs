using Trygghet.Portal.Core.Discovery;

namespace Trygghet.Modules.Governance.Forums;

internal sealed class ForumsSitemap : ISitemapSource
{
    public string ModuleName => GovernanceModule.ModuleName;

    public Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SitemapEntry>>([new SitemapEntry("/organisation")]);
}
