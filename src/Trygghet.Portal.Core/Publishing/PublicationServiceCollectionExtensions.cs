using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Trygghet.Portal.Core.Publishing;

public static class PublicationServiceCollectionExtensions
{
    /// <summary>A module's handler of its own (or every) kind of publication event.</summary>
    public static IServiceCollection AddPublicationHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : PublicationEvent
        where THandler : class, IPublicationHandler<TEvent> =>
        services.AddScoped<IPublicationHandler<TEvent>, THandler>();

    /// <summary>The unit of work, the events it collects, and the handlers every site has: audit and the public cache.</summary>
    internal static IServiceCollection AddPublicationEvents(this IServiceCollection services)
    {
        services.TryAddScoped<PublicationDispatcher>();
        services.TryAddScoped<UnitOfWork>();
        services.TryAddScoped<IPublicationEvents>(sp => sp.GetRequiredService<UnitOfWork>());
        services.AddPublicationHandler<PublicationEvent, AuditPublicationHandler>();
        services.AddPublicationHandler<PublicationEvent, CachePublicationHandler>();
        return services;
    }
}
