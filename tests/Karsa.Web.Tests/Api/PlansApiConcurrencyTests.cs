namespace Karsa.Web.Tests.Api;

public sealed class PlansApiSqliteTests
{
    [Fact]
    public Task A_stale_update_returns_412_and_loses_nothing() => PlanApiScenarios.StaleUpdateIsRefusedAndLosesNothingAsync(TestDatabases.Sqlite());

    [Fact]
    public Task Updates_without_If_Match_return_428() => PlanApiScenarios.UpdatesWithoutIfMatchAreRefusedAsync(TestDatabases.Sqlite());

    [Fact]
    public Task PUT_is_idempotent() => PlanApiScenarios.PutIsIdempotentAsync(TestDatabases.Sqlite());

    [Fact]
    public Task Versions_are_paged() => PlanApiScenarios.VersionsArePagedAsync(TestDatabases.Sqlite());
}

public sealed class PlansApiPostgresTests
{
    [SkippableFact]
    public Task A_stale_update_returns_412_and_loses_nothing() => PlanApiScenarios.StaleUpdateIsRefusedAndLosesNothingAsync(TestDatabases.Postgres());

    [SkippableFact]
    public Task Updates_without_If_Match_return_428() => PlanApiScenarios.UpdatesWithoutIfMatchAreRefusedAsync(TestDatabases.Postgres());

    [SkippableFact]
    public Task PUT_is_idempotent() => PlanApiScenarios.PutIsIdempotentAsync(TestDatabases.Postgres());

    [SkippableFact]
    public Task Versions_are_paged() => PlanApiScenarios.VersionsArePagedAsync(TestDatabases.Postgres());
}
