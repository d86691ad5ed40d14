using Trygghet.Portal.Core.Mail;

namespace Trygghet.Modules.Content.Items;

/// <summary>Citizens may subscribe to the news (mailed when a news item is first published).</summary>
internal sealed class ContentSubscriptionTopics : ISubscriptionTopics
{
    public const string News = "nyheter";

    private static readonly SubscriptionTopic NewsTopic = new(News, "Nyheter");

    public Task<SubscriptionTopic?> FindAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(key == News ? NewsTopic : null);

    public Task<IReadOnlyList<SubscriptionTopic>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SubscriptionTopic>>([NewsTopic]);
}
