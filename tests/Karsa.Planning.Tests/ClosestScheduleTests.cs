using Karsa.Domain.Primitives;
using Karsa.Planning.Explanations;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Tests;

public class ClosestScheduleTests
{
    private static readonly SolverSettings Settings = new() { TimeLimit = TimeSpan.FromSeconds(30), DeterministicTimeLimit = TimeSpan.FromSeconds(5), Workers = 2, Seed = 5 };

    [Fact]
    public void Of_two_equally_good_schedules_the_one_without_changes_is_chosen()
    {
        // P-02 and P-03 are alike: either can take 2025 next to P-01 and the other 2026, for the same value.
        var problem = ProblemBuilder.Prepare(TestPlans.Plan(
            [TestPlans.Programme("P-01", 5, [1]), TestPlans.Programme("P-02", 3, [1]), TestPlans.Programme("P-03", 3, [1])], [2, 2], years: 2)).Problem;
        var reference = new Schedule([0, 0, 1]);
        var swapped = new Schedule([0, 1, 0]);
        Assert.Equal(reference.Value(problem), swapped.Value(problem));

        var closest = ClosestSchedule.Find(problem, reference, swapped, Settings, requireQuickWins: false, CancellationToken.None);

        Assert.Equal(reference.Starts, closest.Starts);
    }

    [Fact]
    public void The_closest_schedule_is_feasible_worth_at_least_as_much_and_changes_no_more()
    {
        // From a greedy schedule towards an optimal one: the optimal one itself is worth at least as much
        // and changes nothing, so that is what must come back.
        var compared = RandomPlans.CheckSolved(Settings, 30, (seed, problem, greedy, optimal) =>
        {
            var closest = ClosestSchedule.Find(problem, optimal.Schedule!, greedy, Settings, requireQuickWins: false, CancellationToken.None);

            Assert.Empty(ScheduleCheck.Violations(problem, closest));
            Assert.True(closest.Value(problem) >= greedy.Value(problem), $"seed {seed}: worth less than the schedule it started from");
            Assert.Equal(0, ClosestSchedule.Changes(optimal.Schedule!, closest));
        });

        Assert.True(compared > 10, $"only {compared} plans compared");
    }

    [Theory]
    [InlineData(-0.041, "-4,1%")]
    [InlineData(0.05, "+5,0%")]
    [InlineData(0.0002, "+0,02%")]
    [InlineData(-0.0002, "-0,02%")]
    [InlineData(0, "0,0%")]
    public void Value_changes_never_read_as_plus_zero(double fraction, string expected) =>
        Assert.Equal(expected, Phrases.Percent(fraction, Language.English));

    [Fact]
    public void A_what_if_that_costs_nothing_says_the_value_stays_the_same()
    {
        var text = Phrases.TakesDropping(2025, [], [("P-03", 2026)], 0, proven: true);

        Assert.Equal("starting it in 2025 means moving P-03 to 2026, same value", text.In(Language.English));
        Assert.Equal("memulainya pada 2025 berarti memindahkan P-03 ke 2026, nilai tetap", text.In(Language.Indonesian));
    }
}
