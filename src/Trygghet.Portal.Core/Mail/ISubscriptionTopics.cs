namespace Trygghet.Portal.Core.Mail;

/// <summary>The public topics a citizen may subscribe to, answered by the module that owns the material (Content
/// for news, Governance for a forum's meetings, …). Only public, published material is a topic: a subscription
/// must never reveal that something non-public exists.</summary>
public interface ISubscriptionTopics
{
    /// <summary>The topic with this key, or null when this module does not know it (or it is not public).</summary>
    Task<SubscriptionTopic?> FindAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Topics to offer on the subscription page (may be empty when a module offers its topics on its own pages).</summary>
    Task<IReadOnlyList<SubscriptionTopic>> ListAsync(CancellationToken cancellationToken = default);
}

/// <param name="Key">Stable key, e.g. "nyheter" or "forum/trygghetsradet".</param>
/// <param name="Title">Swedish name shown to the citizen, e.g. "Nyheter".</param>
public sealed record SubscriptionTopic(string Key, string Title);
