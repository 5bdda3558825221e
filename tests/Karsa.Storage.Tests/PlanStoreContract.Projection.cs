using Karsa.Domain.Plans;
using Karsa.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Karsa.Storage.Tests;

/// <summary>The programme projection: a duration the plan does not give is stored as unknown (null), never as 0.</summary>
public abstract partial class PlanStoreContract
{
    private const string DurationMigration = "ProgrammeDurationOptional";

    /// <summary>The sample with its first programme turned into a running service whose duration and cost are not known.</summary>
    private static Masterplan WithRunningService() => Plan(c =>
    {
        var p = c.Programmes[0];
        var service = new Programme(p.Code, p.Name, p.Dimension, p.Element, p.LeadAgency, null, [], p.Kind, status: DeliveryStatus.Running);
        return c with { Programmes = [service, .. c.Programmes.Skip(1)] };
    });

    [SkippableFact]
    public async Task A_programme_without_a_duration_is_projected_with_none_and_one_with_a_duration_keeps_it()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        var plan = WithRunningService();

        await store.SaveAsync(plan);

        await using var context = new KarsaDbContextFactory(database.Location).CreateDbContext();
        var rows = await context.Programmes.ToDictionaryAsync(p => p.Code, p => p.DurationYears);
        Assert.Null(rows[plan.Programmes[0].Code.Value]);
        Assert.All(plan.Programmes.Skip(1), p => Assert.Equal(p.DurationYears, rows[p.Code.Value]));
        Assert.DoesNotContain(0, rows.Values);
    }

    [SkippableFact]
    public async Task The_duration_migration_turns_the_old_zero_into_unknown_and_back()
    {
        using var database = CreateDatabase();
        var store = await PlanStore.OpenAsync(database.Location);
        var plan = WithRunningService();
        await store.SaveAsync(plan);
        await using var context = new KarsaDbContextFactory(database.Location).CreateDbContext();
        var migrations = context.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith(DurationMigration, StringComparison.Ordinal)) - 1];
        var migrator = context.GetService<IMigrator>();
        var code = plan.Programmes[0].Code.Value;

        await migrator.MigrateAsync(before);
        var old = await context.Database.SqlQueryRaw<int>("SELECT \"DurationYears\" AS \"Value\" FROM programmes WHERE \"Code\" = {0}", code).SingleAsync();
        await migrator.MigrateAsync();
        var now = await context.Programmes.Where(p => p.Code == code).Select(p => p.DurationYears).SingleAsync();

        Assert.Equal(0, old);
        Assert.Null(now);
    }
}
