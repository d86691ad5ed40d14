using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Notifications.Data;
using Trygghet.Modules.Notifications.Subscriptions;
using Trygghet.Portal.Core.Recipes;

namespace Trygghet.Modules.Notifications.Recipes;

/// <summary>{ "name": "Subscriptions", "subscriptions": [ { "email": "…", "topic": "nyheter", "confirmed": "2026-03-12T10:15:00Z" } ] }:
/// carries over subscribers who opted in with an earlier system (a newsletter tool the portal replaces), as
/// confirmed subscriptions; each topic must be one a module offers. An address already subscribed to the topic is
/// left as it is, so applying the recipe twice changes nothing.</summary>
internal sealed class SubscriptionsStep(NotificationsDbContext db, SubscriptionWork work, TimeProvider clock) : RecipeStep<SubscriptionsStep.Input>
{
    public override string Name => "Subscriptions";

    public override string ModuleName => NotificationsModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var added = new HashSet<(string, string)>();
        for (var i = 0; i < data.Subscriptions.Count; i++)
        {
            var input = data.Subscriptions[i];
            var at = $"subscriptions[{i}]";
            var email = EmailAddress.Normalize(input.Email);
            context.Require(email is not null, at + ".email", "måste vara en giltig e-postadress");
            var topic = await work.FindTopicAsync(input.Topic, cancellationToken);
            context.Require(topic is not null, at + ".topic", "måste vara ett ämne som går att prenumerera på (t.ex. nyheter)");
            if (!added.Add((email!, topic!.Key)) || await db.Subscriptions.AnyAsync(s => s.Email == email && s.Topic == topic.Key, cancellationToken))
            {
                continue;
            }

            var confirmed = input.Confirmed?.UtcDateTime ?? now;
            db.Subscriptions.Add(new Subscription { Email = email!, Topic = topic.Key, CreatedUtc = confirmed, RequestedUtc = confirmed, ConfirmedUtc = confirmed });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal sealed class Input
    {
        public required List<SubscriptionInput> Subscriptions { get; init; }
    }

    internal sealed class SubscriptionInput
    {
        public required string Email { get; init; }

        public required string Topic { get; init; }

        /// <summary>When the person opted in with the earlier system; now when not known.</summary>
        public DateTimeOffset? Confirmed { get; init; }
    }
}
