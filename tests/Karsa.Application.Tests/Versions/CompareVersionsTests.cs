using Karsa.Application.Common;
using Karsa.Application.Versions;
using Karsa.Domain.Plans;
using Karsa.Storage;
using Karsa.Testing;

namespace Karsa.Application.Tests.Versions;

public sealed class CompareVersionsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "karsa-app-tests", Guid.NewGuid().ToString("N"));

    private string Db => Path.Combine(_folder, "karsa.db");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Two_stored_versions_are_loaded_and_compared_with_progress()
    {
        var store = await PlanStore.OpenAsync(DatabaseLocation.Parse(Db));
        await store.SaveAsync(Masterplan.Create(VersionPairs.Older() with { Roadmap = VersionPairs.OlderRoadmap() }));
        await store.PublishAsync(new("33.13"));
        await store.SaveAsync(Masterplan.Create(VersionPairs.Newer()));
        var stages = new List<string>();

        var result = await CompareVersions.RunAsync(Db, "33.13", 1, 2, new SyncProgress(p => stages.Add(p.Stage)), CancellationToken.None);

        Assert.Null(result.Error);
        var comparison = result.Value!;
        Assert.Equal((new VersionInfo(1, PlanState.Published), new VersionInfo(2, PlanState.Draft)), (comparison.Older, comparison.Newer));
        Assert.Equal(["programmes", "ceilings"], comparison.Changes.Sections.Where(s => !s.IsUnchanged).Select(s => s.Section));
        Assert.Equal(["loading", "comparing"], stages);
    }

    [Fact]
    public async Task Unknown_versions_regions_and_malformed_codes_are_typed_errors()
    {
        var store = await PlanStore.OpenAsync(DatabaseLocation.Parse(Db));
        await store.SaveAsync(Masterplan.Create(VersionPairs.Older() with { Roadmap = VersionPairs.OlderRoadmap() }));

        var version = await CompareVersions.RunAsync(Db, "33.13", 1, 5);
        var region = await CompareVersions.RunAsync(Db, "33.99", 1, 1);
        var malformed = await CompareVersions.RunAsync(Db, "33.x", 1, 1);

        Assert.Equal(FailureKind.NotFound, version.Error!.Kind);
        Assert.Contains("5", version.Error.Message.Indonesian, StringComparison.Ordinal);
        Assert.Equal(FailureKind.NotFound, region.Error!.Kind);
        Assert.Equal(FailureKind.InvalidInput, malformed.Error!.Kind);
        Assert.Equal("KRS010", Assert.Single(malformed.Error.Diagnostics).Code);
    }

    [Fact]
    public async Task A_cancelled_comparison_stops()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CompareVersions.RunAsync(Db, "33.13", 1, 2, cancellationToken: cancelled.Token));
    }

    private sealed class SyncProgress(Action<UseCaseProgress> report) : IProgress<UseCaseProgress>
    {
        public void Report(UseCaseProgress value) => report(value);
    }
}
