using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Tests;

/// <summary>The version lifecycle and stored content, on every provider.</summary>
public abstract partial class PlanStoreContract
{
    private static readonly RegionCode Region = new("33.13");

    /// <summary>Replaces the stored plan text of every version behind the store's back.</summary>
    private static async Task OverwriteStoredContentAsync(TestDatabase database, string json)
    {
        await using var context = new KarsaDbContextFactory(database.Location).CreateDbContext();
        await context.PlanVersions.ExecuteUpdateAsync(s => s.SetProperty(v => v.Content, json));
    }

    [SkippableFact]
    public async Task The_store_numbers_versions_whatever_the_file_says()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        await store.SaveAsync(Plan());
        await store.PublishAsync(Region);

        var outcome = await store.SaveAsync(Plan(c => c with { Version = 7, Title = "Revisi" }));

        Assert.Equal((SaveKind.NewDraftVersion, 2), (outcome.Kind, outcome.Version));
        Assert.Equal([1, 2], (await store.ListAsync()).Select(v => v.Version));
        Assert.Equal(2, (await store.LoadAsync(Region)).Plan.Content.Version);
    }

    [SkippableFact]
    public async Task A_file_that_says_published_is_stored_as_a_draft_with_a_warning()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);

        var outcome = await store.SaveAsync(Plan(c => c with { State = PlanState.Published }));

        Assert.Equal("KRS105", Assert.Single(outcome.Warnings).Code);
        Assert.Equal(PlanState.Draft, Assert.Single(await store.ListAsync()).State);
        Assert.DoesNotContain(await store.ListAsync(), v => v.State == PlanState.Published);
    }

    [SkippableFact]
    public async Task Reimporting_a_published_plan_adds_no_version()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        await store.SaveAsync(Plan());
        await store.PublishAsync(Region);

        var again = await store.SaveAsync(Plan());
        var exportedAndAgain = await store.SaveAsync((await store.LoadAsync(Region)).Plan);

        Assert.Equal((SaveKind.Unchanged, 1), (again.Kind, again.Version));
        Assert.Equal((SaveKind.Unchanged, 1), (exportedAndAgain.Kind, exportedAndAgain.Version));
        Assert.Single(await store.ListAsync());
    }

    [SkippableFact]
    public async Task Publishing_twice_says_already_published_and_only_a_draft_is_published()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        await store.SaveAsync(Plan());
        var first = await store.PublishAsync(Region);

        var second = await store.PublishAsync(Region, 1);

        Assert.False(first.AlreadyPublished);
        Assert.True(second.AlreadyPublished);
        Assert.Equal(first.Stored.Summary.Token, second.Stored.Summary.Token);
        Assert.Equal(first.Stored.Summary.PublishedAt, second.Stored.Summary.PublishedAt);
    }

    [SkippableFact]
    public async Task A_new_draft_copies_the_newest_published_version_and_there_is_never_a_second_draft()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        await store.SaveAsync(Plan());
        await Assert.ThrowsAsync<StorageException>(() => store.StartDraftAsync(new RegionCode("33.72")));
        var published = (await store.PublishAsync(Region)).Stored;

        var draft = await store.StartDraftAsync(Region, new SaveOptions(Author: "budi"));
        var again = await store.StartDraftAsync(Region);

        Assert.Equal((SaveKind.NewDraftVersion, 2), (draft.Kind, draft.Version));
        Assert.Equal((SaveKind.Unchanged, 2), (again.Kind, again.Version));
        var loaded = await store.LoadAsync(Region, 2);
        Assert.Equal(published.Plan.Content with { Version = 2, State = PlanState.Draft }, loaded.Plan.Content);
        Assert.Equal("budi", loaded.Summary.UpdatedBy);
        Assert.Equal(draft.Token, loaded.Summary.Token);
    }

    [SkippableFact]
    public async Task A_stored_plan_that_breaks_a_newer_rule_still_loads_and_exports_the_same_bytes()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        await store.SaveAsync(Plan());
        var published = (await store.PublishAsync(Region)).Stored.Plan.Content;

        // As if a rule became stricter: the stored cost year 2022 now lies outside what the rules accept.
        var stricter = PlanWriter.Write(published with { Period = new PlanPeriod(new FiscalYear(2023), new FiscalYear(2031)) }, PlanFormat.Json);
        Assert.False(PlanReader.Read(stricter, PlanFormat.Json, "check").Succeeded);
        await OverwriteStoredContentAsync(database, stricter);

        var loaded = await store.LoadAsync(Region);

        Assert.Equal(stricter, loaded.Write(PlanFormat.Json));
        Assert.Equal(stricter, loaded.Json);
        Assert.Equal(2023, loaded.Plan.Period.First.Value);
        var kept = Assert.Single(loaded.Plan.Warnings, w => w.Code == "KRS034");
        Assert.Equal(Severity.Warning, kept.Severity);
        Assert.NotEmpty(loaded.Write(PlanFormat.Yaml));
        Assert.Single(await store.ListAsync());
    }

    [SkippableFact]
    public async Task Publishing_judges_the_draft_by_todays_rules()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        await store.SaveAsync(Plan());
        var broken = PlanWriter.Write(Plan().Content with { Period = new PlanPeriod(new FiscalYear(2023), new FiscalYear(2031)) }, PlanFormat.Json);
        await OverwriteStoredContentAsync(database, broken);

        var refused = await Assert.ThrowsAsync<DomainException>(() => store.PublishAsync(Region));

        Assert.Contains(refused.Problems, p => p.Code == "KRS034" && p.Severity == Severity.Error);
        Assert.Equal(PlanState.Draft, Assert.Single(await store.ListAsync()).State);
    }

    [SkippableFact]
    public async Task Asking_for_an_unknown_region_on_an_empty_database_says_not_found_and_writes_nothing()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);

        Assert.Empty(await store.ListAsync());
        var missing = await Assert.ThrowsAsync<StorageException>(() => store.LoadAsync(Region));

        Assert.True(missing.IsNotFound);
        await using var context = new KarsaDbContextFactory(database.Location).CreateDbContext();
        Assert.Empty(await context.Database.GetAppliedMigrationsAsync());
    }
}
