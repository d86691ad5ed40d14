using Microsoft.Extensions.DependencyInjection.Extensions;
using Trygghet.Modules.Notifications.Data;
using Trygghet.Modules.Notifications.Outbox;
using Trygghet.Modules.Notifications.Recipes;
using Trygghet.Modules.Notifications.Subscriptions;
using Trygghet.Portal.Core.Data;
using Trygghet.Portal.Core.Mail;
using Trygghet.Portal.Core.Modules;

namespace Trygghet.Modules.Notifications;

/// <summary>E-mail: the persisted outbox behind Core's IOutgoingMail, delivery over SMTP (MailKit through a Polly
/// pipeline), the dead-letter list in /admin/utskick, and citizens' subscriptions (/prenumerera) with double
/// opt-in, one-click unsubscribe and removal of everything about an address.</summary>
public sealed class NotificationsModule : PortalModule
{
    public const string ModuleName = "Notifications";

    public override string Name => ModuleName;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<NotificationsDbContext, SqliteNotificationsDbContext, PostgresNotificationsDbContext>(context, NotificationsDbContext.Schema);
        services.Configure<NotificationOptions>(context.Section);
        services.AddScoped<OutboxMail>();
        // Core registers a logging fallback with TryAdd; with this module on, mail goes through the outbox.
        services.Replace(ServiceDescriptor.Scoped<IOutgoingMail>(sp => sp.GetRequiredService<OutboxMail>()));
        services.Replace(ServiceDescriptor.Scoped<IPublicChangeNotifications, SubscriberNotifications>());
        services.AddSingleton<NodeIdentity>();
        services.AddSingleton<SmtpSender>();
        services.AddScoped<OutboxDelivery>();
        services.AddHostedService<DeliveryService>();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddScoped<SiteLinks>();
        services.AddScoped<SubscriptionWork>();
        services.AddDashboardSource<Dashboard.NotificationsDashboard>();
        services.AddRateLimiter(options => options.AddPolicy<string, SubscriptionRateLimit>(SubscriptionRateLimit.Name));
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddRecipeStep<SubscriptionsStep>();
    }
}
