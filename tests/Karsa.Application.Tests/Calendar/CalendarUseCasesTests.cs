using Karsa.Application.Access;
using Karsa.Application.Calendar;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using static Karsa.Application.Tests.Calendar.CalendarFixture;

namespace Karsa.Application.Tests.Calendar;

/// <summary>Planners manage their region's reporting periods; input errors name their fields; others cannot change the calendar.</summary>
public sealed class CalendarUseCasesTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 20, 9, 0, 0, TimeSpan.FromHours(7));

    private static PeriodInput Quarter(string name = "Triwulan I 2027", string opens = "2027-04-01", string due = "2027-04-10", string? reminders = "7, 0, -1") =>
        new("2027", name, opens, due, reminders);

    [Fact]
    public async Task A_planner_adds_edits_and_removes_a_period_of_their_region()
    {
        using var fixture = await CreateAsync("sqlite", Now);

        var added = await CalendarUseCases.AddAsync(fixture.Db, Planner, "33.13", Quarter(reminders: null), fixture.Clock);
        var edited = await CalendarUseCases.EditAsync(fixture.Db, Planner, "33.13", added.Value!.Id, Quarter(due: "2027-04-15", reminders: "14, 3"), fixture.Clock);
        var listed = await CalendarUseCases.PeriodsAsync(fixture.Db, Planner, "33.13");

        Assert.True(added.Succeeded, added.Error?.Message.Indonesian);
        Assert.Equal(new ValueList<int>([7, 0, -1]), added.Value.Period.ReminderDays);
        Assert.True(edited.Succeeded);
        var period = Assert.Single(listed.Value!.Periods);
        Assert.Equal((added.Value.Id, new DateOnly(2027, 4, 15), new ValueList<int>([14, 3])), (period.Id, period.Period.Due, period.Period.ReminderDays));

        var removed = await CalendarUseCases.RemoveAsync(fixture.Db, Planner, "33.13", period.Id);

        Assert.True(removed.Succeeded);
        Assert.Empty((await CalendarUseCases.PeriodsAsync(fixture.Db, Planner, "33.13")).Value!.Periods);
    }

    [Fact]
    public async Task Every_wrong_field_is_named_in_one_answer_and_nothing_is_saved()
    {
        using var fixture = await CreateAsync("sqlite", Now);

        var result = await CalendarUseCases.AddAsync(fixture.Db, Planner, "33.13", new PeriodInput("dua ribu", " ", "10/04/2027", null, "7, x"), fixture.Clock);

        Assert.Equal(FailureKind.InvalidInput, result.Error?.Kind);
        Assert.Equal(
            [("KRS005", "year"), ("KRS005", "opens"), ("KRS004", "due"), ("KRS162", "reminders"), ("KRS007", "name")],
            result.Error!.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Empty((await CalendarUseCases.PeriodsAsync(fixture.Db, Planner, "33.13")).Value!.Periods);
    }

    [Fact]
    public async Task A_due_date_before_the_opening_is_refused_at_the_due_field()
    {
        using var fixture = await CreateAsync("sqlite", Now);

        var result = await CalendarUseCases.AddAsync(fixture.Db, Planner, "33.13", Quarter(due: "2027-03-31"), fixture.Clock);

        var problem = Assert.Single(result.Error!.Diagnostics);
        Assert.Equal(("KRS160", "due"), (problem.Code, problem.Path));
    }

    [Fact]
    public async Task A_name_used_twice_in_a_year_is_refused_KRS163_but_another_year_may_reuse_it()
    {
        using var fixture = await CreateAsync("sqlite", Now);
        await CalendarUseCases.AddAsync(fixture.Db, Planner, "33.13", Quarter(), fixture.Clock);

        var twice = await CalendarUseCases.AddAsync(fixture.Db, Planner, "33.13", Quarter(opens: "2027-05-01", due: "2027-05-10"), fixture.Clock);
        var nextYear = await CalendarUseCases.AddAsync(fixture.Db, Planner, "33.13", new PeriodInput("2028", "Triwulan I 2027", "2028-04-01", "2028-04-10", null), fixture.Clock);

        var problem = Assert.Single(twice.Error!.Diagnostics);
        Assert.Equal(("KRS163", "name"), (problem.Code, problem.Path));
        Assert.True(nextYear.Succeeded);
    }

    [Fact]
    public async Task A_period_whose_reminders_went_out_cannot_be_removed_KRS164()
    {
        using var fixture = await CreateAsync("sqlite", new DateTimeOffset(2027, 4, 5, 9, 0, 0, TimeSpan.FromHours(7)));
        await fixture.AddUserAsync("pelapor.dinkes", Role.AgencyReporter, "DINKES");
        fixture.Facts.Set(Karanganyar, 2027, "DINKES");
        var period = (await CalendarUseCases.AddAsync(fixture.Db, Planner, "33.13", Quarter(), fixture.Clock)).Value!;
        var run = await ReminderRun.RunAsync(fixture.Db, fixture.Facts, fixture.Clock, null);

        var removed = await CalendarUseCases.RemoveAsync(fixture.Db, Planner, "33.13", period.Id);

        Assert.Equal(1, run.Value!.Reminders);
        Assert.Equal("KRS164", Assert.Single(removed.Error!.Diagnostics).Code);
        Assert.Equal(1, Assert.Single((await CalendarUseCases.PeriodsAsync(fixture.Db, Planner, "33.13")).Value!.Periods).RemindersSent);
    }

    public static TheoryData<string, Role, string?, string?> NotPlanners => new()
    {
        { "a planner of another region", Role.Planner, "33.72", null },
        { "an agency reporter", Role.AgencyReporter, "33.13", "DINKES" },
        { "a viewer", Role.Viewer, "33.13", null },
        { "a ministry evaluator", Role.MinistryEvaluator, null, null },
    };

    [Theory]
    [MemberData(nameof(NotPlanners))]
    public async Task Only_the_regions_planners_change_its_calendar(string who, Role role, string? region, string? agency)
    {
        using var fixture = await CreateAsync("sqlite", Now);
        var actor = new Actor(who, role, region is null ? null : new RegionCode(region), agency);
        var period = (await CalendarUseCases.AddAsync(fixture.Db, Planner, "33.13", Quarter(), fixture.Clock)).Value!;

        var added = await CalendarUseCases.AddAsync(fixture.Db, actor, "33.13", Quarter("Triwulan II 2027"), fixture.Clock);
        var edited = await CalendarUseCases.EditAsync(fixture.Db, actor, "33.13", period.Id, Quarter(due: "2027-04-30"), fixture.Clock);
        var removed = await CalendarUseCases.RemoveAsync(fixture.Db, actor, "33.13", period.Id);

        Assert.All([added.Error, edited.Error, removed.Error], error => Assert.Equal(FailureKind.Forbidden, error?.Kind));
        var kept = Assert.Single((await CalendarUseCases.PeriodsAsync(fixture.Db, Planner, "33.13")).Value!.Periods);
        Assert.Equal(new DateOnly(2027, 4, 10), kept.Period.Due);
    }

    [Fact]
    public async Task A_period_of_another_region_is_not_found_by_its_id()
    {
        using var fixture = await CreateAsync("sqlite", Now);
        var period = (await CalendarUseCases.AddAsync(fixture.Db, Planner, "33.13", Quarter(), fixture.Clock)).Value!;
        var surakarta = new Actor("Budi", Role.Planner, new RegionCode("33.72"), null);

        var removed = await CalendarUseCases.RemoveAsync(fixture.Db, surakarta, "33.72", period.Id);

        Assert.Equal(FailureKind.NotFound, removed.Error?.Kind);
        Assert.Single((await CalendarUseCases.PeriodsAsync(fixture.Db, Planner, "33.13")).Value!.Periods);
    }
}
