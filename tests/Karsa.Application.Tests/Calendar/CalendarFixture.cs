using Karsa.Application.Access;
using Karsa.Application.Monitoring;
using Karsa.Domain.Primitives;
using Karsa.Storage;
using Karsa.Storage.Accounts;
using Karsa.Testing.Databases;

namespace Karsa.Application.Tests.Calendar;

/// <summary>A migrated database with accounts of Karanganyar (33.13), a clock and the agencies that owe, for the calendar's tests.</summary>
internal sealed class CalendarFixture : IDisposable
{
    public static readonly RegionCode Karanganyar = new("33.13");

    public static readonly Actor Planner = new("Ani (Bappeda)", Role.Planner, Karanganyar, null);

    private CalendarFixture(TestDatabase database, DateTimeOffset now) => (Database, Clock) = (database, new TestClock(now));

    public TestDatabase Database { get; }

    public string Db => Database.Db;

    public TestClock Clock { get; }

    public OwingAgencies Facts { get; } = new();

    public static async Task<CalendarFixture> CreateAsync(string provider, DateTimeOffset now)
    {
        var database = provider == "sqlite" ? TestDatabases.Sqlite() : TestDatabases.Postgres();
        await (await PlanStore.OpenAsync(database.Location)).MigrateAsync();
        return new CalendarFixture(database, now);
    }

    /// <summary>Adds an account; <paramref name="locked"/> makes it inactive.</summary>
    public async Task<string> AddUserAsync(string name, Role role, string? agency = null, string region = "33.13", string? language = null, bool locked = false)
    {
        await using var context = new KarsaDbContextFactory(Database.Location).CreateDbContext();
        var user = new KarsaUser
        {
            UserName = name,
            NormalizedUserName = name.ToUpperInvariant(),
            Email = $"{name}@karanganyarkab.go.id",
            DisplayName = name,
            Role = role.ToString(),
            RegionCode = region,
            AgencyCode = agency,
            Language = language,
            LockoutEnabled = locked,
            LockoutEnd = locked ? DateTimeOffset.MaxValue : null,
        };
        context.Users.Add(user);
        await context.SaveChangesAsync();
        return user.Id;
    }

    public void Dispose() => Database.Dispose();
}

/// <summary>A clock the test moves.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>The progress facts as the test sets them: which agencies owe which region's year (the real ones are another use case's).</summary>
internal sealed class OwingAgencies : IProgressFacts
{
    private readonly Dictionary<(RegionCode, FiscalYear), HashSet<string>> _owing = [];

    public List<(RegionCode Region, FiscalYear Year, DateTimeOffset Since)> Asked { get; } = [];

    public void Set(RegionCode region, int year, params string[] agencies) => _owing[(region, new FiscalYear(year))] = [.. agencies];

    public Task<MonitoringFacts?> FactsAsync(RegionCode region, FiscalYear year, CancellationToken cancellationToken) => Task.FromResult<MonitoringFacts?>(null);

    public Task<IReadOnlySet<string>> AgenciesOwingAsync(RegionCode region, FiscalYear year, DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (Asked)
        {
            Asked.Add((region, year, since));
        }

        return Task.FromResult<IReadOnlySet<string>>(_owing.TryGetValue((region, year), out var owing) ? owing.ToHashSet(StringComparer.Ordinal) : new HashSet<string>());
    }
}
