using Karsa.Domain.Primitives;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Karsa.Storage.Tests;

/// <summary>Optimistic concurrency, migrations and dependency injection, on every provider.</summary>
public abstract partial class PlanStoreContract
{
    private protected static PlanStore SecondStore(TestDatabase database, Action<DbContextOptionsBuilder>? configure = null) =>
        new(new KarsaDbContextFactory(database.Location, configure), database.Location);

    [SkippableFact]
    public async Task A_save_from_a_stale_token_is_a_conflict_naming_the_newer_version_and_its_author()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        var start = await store.SaveAsync(Plan(), new SaveOptions(Author: "ani"));
        var ani = await store.SaveAsync(Plan(c => c with { Title = "Suntingan Ani" }), new SaveOptions(start.Token, "ani"));

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => store.SaveAsync(Plan(c => c with { Title = "Suntingan Budi" }), new SaveOptions(start.Token, "budi")));

        Assert.Equal((SaveKind.DraftReplaced, 1), (ani.Kind, ani.Version));
        Assert.Equal(("33.13", 1, "ani", ani.Token), (conflict.RegionCode, conflict.NewerVersion, conflict.SavedBy, conflict.Token));
        Assert.Contains("ani", conflict.Text.Indonesian, StringComparison.Ordinal);
        Assert.Contains("version 1", conflict.Text.English, StringComparison.Ordinal);
        var stored = Assert.Single(await store.ListAsync());
        Assert.Equal(("Suntingan Ani", ani.Token, "ani"), (stored.Title, stored.Token, stored.UpdatedBy));
    }

    [SkippableFact]
    public async Task A_stale_publish_is_a_conflict()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        var start = await store.SaveAsync(Plan());
        await store.SaveAsync(Plan(c => c with { Title = "Diubah setelah ditinjau" }));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.PublishAsync(new RegionCode("33.13"), null, new SaveOptions(start.Token)));

        Assert.Equal(Domain.Plans.PlanState.Draft, Assert.Single(await store.ListAsync()).State);
    }

    [SkippableFact]
    public async Task Two_saves_racing_from_the_same_version_give_one_success_and_one_conflict()
    {
        using var database = CreateDatabase();
        var setup = await PlanStore.OpenAsync(database.Location);
        await setup.SaveAsync(Plan());
        var token = (await setup.PublishAsync(new RegionCode("33.13"))).Stored.Summary.Token;
        var first = SecondStore(database);
        var second = SecondStore(database);

        var results = await Task.WhenAll(
            Attempt(() => first.SaveAsync(Plan(c => c with { Title = "Ani" }), new SaveOptions(token, "ani"))),
            Attempt(() => second.SaveAsync(Plan(c => c with { Title = "Budi" }), new SaveOptions(token, "budi"))));

        Assert.Single(results, r => r is SaveOutcome { Kind: SaveKind.NewDraftVersion, Version: 2 });
        var conflict = Assert.IsType<ConcurrencyConflictException>(Assert.Single(results, r => r is Exception));
        Assert.Equal(2, conflict.NewerVersion);
        Assert.Equal([1, 2], (await setup.ListAsync()).Select(v => v.Version));
    }

    [SkippableFact]
    public async Task Several_processes_may_migrate_one_fresh_database_at_once()
    {
        using var database = CreateDatabase();

        await Task.WhenAll(SecondStore(database).MigrateAsync(), SecondStore(database).MigrateAsync(), SecondStore(database).MigrateAsync());

        var store = SecondStore(database);
        Assert.Empty(await store.ListAsync());
        Assert.Equal(SaveKind.Created, (await store.SaveAsync(Plan())).Kind);
    }

    [SkippableFact]
    public async Task The_store_is_registered_for_dependency_injection()
    {
        using var database = CreateDatabase();
        await using var services = new ServiceCollection().AddKarsaStorage(database.Location).BuildServiceProvider();

        var store = services.GetRequiredService<PlanStore>();
        await store.SaveAsync(Plan());

        Assert.Same(store, services.GetRequiredService<PlanStore>());
        Assert.Equal(database.Location, store.Location);
        await using var context = await services.GetRequiredService<IDbContextFactory<KarsaDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await context.PlanVersions.CountAsync());
    }

    internal static async Task<object> Attempt(Func<Task<SaveOutcome>> save)
    {
        try
        {
            return await save();
        }
        catch (StorageException error)
        {
            return error;
        }
    }
}
