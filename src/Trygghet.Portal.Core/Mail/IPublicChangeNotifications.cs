namespace Trygghet.Portal.Core.Mail;

/// <summary>What a module calls when public material changes that citizens may follow (a news item published, a
/// public meeting announced). The Notifications module mails each confirmed subscriber of the topic; without it
/// nothing happens. Call it only for material that is Offentlig and published: the mail goes to anyone who asked.</summary>
public interface IPublicChangeNotifications
{
    /// <param name="topicKey">A key some <see cref="ISubscriptionTopics"/> knows, e.g. "nyheter".</param>
    /// <param name="title">The public title, used in the subject and the text.</param>
    /// <param name="url">The public page, absolute or a site path ("/nyheter/…").</param>
    Task PublishedAsync(string topicKey, string title, string url, CancellationToken cancellationToken = default);
}

/// <summary>The fallback when the Notifications module is off: nobody can subscribe, so there is no one to tell.</summary>
internal sealed class NoPublicChangeNotifications : IPublicChangeNotifications
{
    public Task PublishedAsync(string topicKey, string title, string url, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
