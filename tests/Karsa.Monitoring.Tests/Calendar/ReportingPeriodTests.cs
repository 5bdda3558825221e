using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Calendar;

namespace Karsa.Monitoring.Tests.Calendar;

/// <summary>A reporting period's invariants and which reminder is due on a given day.</summary>
public sealed class ReportingPeriodTests
{
    private static readonly DateOnly Opens = new(2027, 4, 1);
    private static readonly DateOnly Due = new(2027, 4, 10);

    private static ReportingPeriod Quarter(params int[] days) => new(new FiscalYear(2027), "Triwulan I 2027", Opens, Due, new ValueList<int>(days));

    [Theory]
    [InlineData("2027-03-31", null)]
    [InlineData("2027-04-02", null)]
    [InlineData("2027-04-03", 7)]
    [InlineData("2027-04-09", 7)]
    [InlineData("2027-04-10", 0)]
    [InlineData("2027-04-11", -1)]
    [InlineData("2027-06-30", -1)]
    public void The_reminder_due_is_the_latest_whose_day_has_come(string today, int? expected)
    {
        var step = Quarter(7, 0, -1).StepDue(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, step?.DaysBeforeDue);
    }

    [Fact]
    public void A_reminder_day_before_the_opening_waits_for_the_opening()
    {
        var step = Quarter(30, -2).StepDue(Opens);

        Assert.Equal(new ReminderStep(30, Due.AddDays(-30)), step);
        Assert.Equal(ReminderKind.Upcoming, step!.Kind);
        Assert.Null(Quarter(30).StepDue(Opens.AddDays(-1)));
    }

    [Theory]
    [InlineData(3, ReminderKind.Upcoming)]
    [InlineData(0, ReminderKind.Due)]
    [InlineData(-4, ReminderKind.Overdue)]
    public void A_step_is_upcoming_before_the_due_date_due_on_it_and_overdue_after(int days, ReminderKind kind) =>
        Assert.Equal(kind, new ReminderStep(days, Due.AddDays(-days)).Kind);

    [Fact]
    public void Reminder_days_are_kept_distinct_from_the_earliest_reminder()
    {
        Assert.Equal(new ValueList<int>([7, 1, 0, -3]), Quarter(0, -3, 7, 1, 7).ReminderDays);
        Assert.Equal(new ValueList<int>([14, 0]), ReminderDays.Parse(" 0; 14 "));
        Assert.Equal(ReminderDays.Default, ReminderDays.Parse("  "));
    }

    [Theory]
    [InlineData("7, satu")]
    [InlineData("91")]
    [InlineData("-91")]
    [InlineData("1 2 3 4 5 6 7 8 9 10 11")]
    [InlineData("1.5")]
    public void Wrong_reminder_days_are_refused_at_the_reminders_field(string text)
    {
        var refused = Assert.Throws<DomainException>(() => ReminderDays.Parse(text));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("KRS162", "reminders"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Every_broken_invariant_is_reported_at_once_each_at_its_field()
    {
        var refused = Assert.Throws<DomainException>(() =>
            new ReportingPeriod(new FiscalYear(2027), "  ", new DateOnly(2029, 2, 1), new DateOnly(2029, 1, 31), new ValueList<int>([100])));

        Assert.Equal(
            [("KRS007", "name"), ("KRS161", "opens"), ("KRS160", "due"), ("KRS162", "reminders")],
            refused.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void A_year_end_period_may_open_in_the_year_after_and_the_name_is_trimmed()
    {
        var period = new ReportingPeriod(new FiscalYear(2026), " Laporan akhir 2026 ", new DateOnly(2027, 1, 2), new DateOnly(2027, 1, 31), ReminderDays.Default);

        Assert.Equal("Laporan akhir 2026", period.Name);
        Assert.True(period.IsOverdue(new DateOnly(2027, 2, 1)));
        Assert.False(period.IsOverdue(new DateOnly(2027, 1, 31)));
    }

    [Fact]
    public void Today_is_the_day_in_western_indonesia_and_dates_read_the_indonesian_way()
    {
        Assert.Equal(new DateOnly(2027, 4, 10), CalendarDays.Today(new DateTimeOffset(2027, 4, 9, 17, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2027, 4, 9), CalendarDays.Today(new DateTimeOffset(2027, 4, 9, 16, 59, 59, TimeSpan.Zero)));
        Assert.Equal("10 Mei 2027", CalendarDays.Format(new DateOnly(2027, 5, 10), Language.Indonesian));
        Assert.Equal("10 May 2027", CalendarDays.Format(new DateOnly(2027, 5, 10), Language.English));
    }
}
