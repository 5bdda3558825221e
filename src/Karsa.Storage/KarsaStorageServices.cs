using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Karsa.Storage;

/// <summary>Registers the plan store for dependency injection (e.g. in a web host).</summary>
public static class KarsaStorageServices
{
    /// <summary>
    /// Registers <paramref name="location"/>, an <see cref="IDbContextFactory{TContext}"/> of
    /// <see cref="KarsaDbContext"/>, <see cref="PlanStore"/>, the observation store and the progress store, all singletons. The schema is created or
    /// upgraded on the first write, or at start-up by <see cref="DatabaseStore.MigrateAsync"/>; several
    /// processes may do so at once.
    /// </summary>
    public static IServiceCollection AddKarsaStorage(this IServiceCollection services, DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(location);
        services.AddSingleton(location);
        services.AddSingleton<IDbContextFactory<KarsaDbContext>>(KarsaDbContextFactory.For(location));
        services.AddSingleton(provider => new PlanStore(provider.GetRequiredService<IDbContextFactory<KarsaDbContext>>(), location));
        services.AddSingleton(provider => new Monitoring.ObservationStore(provider.GetRequiredService<IDbContextFactory<KarsaDbContext>>(), location));
        services.AddSingleton(provider => new Progress.ProgressStore(provider.GetRequiredService<IDbContextFactory<KarsaDbContext>>(), location));
        return services;
    }
}
