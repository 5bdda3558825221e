using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Regions;
using Karsa.Interchange;
using Karsa.Testing;

namespace Karsa.Storage.Tests;

/// <summary>The behaviour every storage provider must show; run once per provider.</summary>
public abstract partial class PlanStoreContract
{
    private protected abstract TestDatabase CreateDatabase();

    private protected static Masterplan Plan(Func<MasterplanContent, MasterplanContent>? edit = null) =>
        Masterplan.Create((edit ?? (c => c))(SamplePlans.Adopted()));

    /// <summary>The minimal sample plan, with another title when given.</summary>
    internal static Masterplan SamplePlan(string? title = null) => Plan(c => title is null ? c : c with { Title = new LocalizedText(title) });

    [SkippableFact]
    public async Task Saved_plan_loads_back_equal()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        var plan = Plan();

        var outcome = await store.SaveAsync(plan);
        var loaded = await store.LoadAsync(plan.Content.Region.Code);

        Assert.Equal(SaveKind.Created, outcome.Kind);
        Assert.Equal(plan.Content, loaded.Plan.Content);
        Assert.Equal(plan.Programmes.Count, loaded.Summary.ProgrammeCount);
        Assert.Equal(plan.Programmes.Sum(p => p.TotalCost.Value), loaded.Summary.TotalCost);
    }

    [SkippableFact]
    public async Task Holds_many_regions_and_versions()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        var first = Plan();
        var otherRegion = Plan(c => c with { Region = new Region(new RegionCode("33.72"), "Surakarta", RegionKind.Kota, "Jawa Tengah", []) });

        await store.SaveAsync(first);
        await store.PublishAsync(first.Content.Region.Code);
        await store.SaveAsync(Plan(c => c with { Version = 2, Title = "Versi kedua" }));
        await store.SaveAsync(otherRegion);

        var list = await store.ListAsync();
        Assert.Equal([("33.13", 1), ("33.13", 2), ("33.72", 1)], list.Select(p => (p.RegionCode, p.Version)));
        Assert.Equal("Versi kedua", (await store.LoadAsync(first.Content.Region.Code)).Plan.Content.Title.Indonesian);
        Assert.Equal(first.Content with { State = PlanState.Published }, (await store.LoadAsync(first.Content.Region.Code, 1)).Plan.Content);
    }

    [SkippableFact]
    public async Task Reimporting_the_same_plan_changes_nothing_and_a_changed_draft_is_replaced()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        await store.SaveAsync(Plan());

        var same = await store.SaveAsync(Plan());
        var changed = await store.SaveAsync(Plan(c => c with { Title = "Judul baru" }));

        Assert.Equal(SaveKind.Unchanged, same.Kind);
        Assert.Equal(SaveKind.DraftReplaced, changed.Kind);
        var list = await store.ListAsync();
        Assert.Single(list);
        Assert.Equal("Judul baru", list[0].Title);
    }

    [SkippableFact]
    public async Task Publishing_freezes_a_version_and_an_edit_starts_a_new_draft()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        var original = Plan();
        await store.SaveAsync(original);

        var published = await store.PublishAsync(original.Content.Region.Code);
        var edit = await store.SaveAsync(Plan(c => c with { Title = "Revisi" }));

        Assert.False(published.AlreadyPublished);
        Assert.Equal(PlanState.Published, published.Stored.Plan.Content.State);
        Assert.Equal(SaveKind.NewDraftVersion, edit.Kind);
        Assert.Equal(2, edit.Version);
        var frozen = await store.LoadAsync(original.Content.Region.Code, 1);
        Assert.Equal(PlanState.Published, frozen.Plan.Content.State);
        Assert.Equal(original.Content.Title, frozen.Plan.Content.Title);
        var draft = await store.LoadAsync(original.Content.Region.Code, 2);
        Assert.Equal(PlanState.Draft, draft.Plan.Content.State);
        Assert.Equal("Revisi", draft.Plan.Content.Title.Indonesian);
    }

    [SkippableFact]
    public async Task Export_import_into_an_empty_database_export_is_byte_identical()
    {
        using var firstDatabase = CreateDatabase();
        using var secondDatabase = CreateDatabase();
        var first = await PlanStore.OpenAsync(firstDatabase.Location);
        var second = await PlanStore.OpenAsync(secondDatabase.Location);
        var plan = Plan();
        await first.SaveAsync(plan);
        await first.PublishAsync(plan.Content.Region.Code);

        foreach (var format in new[] { PlanFormat.Yaml, PlanFormat.Json })
        {
            var exported = PlanWriter.Write((await first.LoadAsync(plan.Content.Region.Code)).Plan, format);
            var read = PlanReader.Read(exported, format, "exported");
            Assert.True(read.Succeeded, string.Join("\n", read.Errors.Select(e => e.Format(Language.English))));
            await second.SaveAsync(read.Plan!);
            await second.PublishAsync(plan.Content.Region.Code);
            var again = PlanWriter.Write((await second.LoadAsync(plan.Content.Region.Code)).Plan, format);
            Assert.Equal(exported, again);
        }
    }

    [SkippableFact]
    public async Task Random_plans_round_trip_through_the_database()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        for (var seed = 1UL; seed <= 25; seed++)
        {
            var content = PlanGenerators.FromSeed(seed, size: (int)(seed % 6));
            var outcome = await store.SaveAsync(Masterplan.Create(content));
            var loaded = await store.LoadAsync(content.Region.Code, outcome.Version);

            var expected = content with { Version = outcome.Version, State = PlanState.Draft };
            Assert.Equal(expected, loaded.Plan.Content);
        }
    }

    [SkippableFact]
    public async Task Asking_for_a_missing_plan_says_not_found()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);

        var missing = await Assert.ThrowsAsync<StorageException>(() => store.LoadAsync(new RegionCode("33.13")));
        var missingVersion = await Assert.ThrowsAsync<StorageException>(() => store.PublishAsync(new RegionCode("33.13"), 4));

        Assert.True(missing.IsNotFound);
        Assert.True(missingVersion.IsNotFound);
        Assert.Contains("33.13", missing.Text.English, StringComparison.Ordinal);
    }
}

/// <summary>The store contract on the embedded SQLite default.</summary>
public sealed class SqlitePlanStoreTests : PlanStoreContract
{
    private protected override TestDatabase CreateDatabase() => TestDatabases.Sqlite();
}

/// <summary>The store contract on a real PostgreSQL server.</summary>
public sealed class PostgresPlanStoreTests : PlanStoreContract
{
    private protected override TestDatabase CreateDatabase() => TestDatabases.Postgres();
}
