using Karsa.Documents.Roadmap;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;

namespace Karsa.Documents.Tests;

public class RoadmapTests
{
    [Fact]
    public void Unscheduled_runs_every_programme_from_its_earliest_start_for_its_duration()
    {
        var plan = TestPlans.Realistic();
        var roadmap = BookRoadmap.Unscheduled(plan);
        foreach (var programme in plan.Programmes)
        {
            var entry = roadmap.Of(programme.Code);
            Assert.True(entry.Scheduled);
            Assert.Equal(plan.CostAnchor(programme), entry.Start);
            Assert.Equal(programme.DurationYears - 1, entry.End!.Value.YearsSince(entry.Start!.Value));
        }
    }

    [Fact]
    public void Unscheduled_spending_adds_up_to_the_plan_costs_per_year_and_source()
    {
        var plan = TestPlans.Realistic();
        var roadmap = BookRoadmap.Unscheduled(plan);
        var expected = plan.Programmes.SelectMany(p => p.Costs).GroupBy(c => (c.Year, c.Source)).ToDictionary(g => g.Key, g => g.Sum(c => c.Amount.Value));
        foreach (var spending in roadmap.Spending)
        {
            Assert.Equal(expected.GetValueOrDefault((spending.Year, spending.Source)), spending.Spent.Value);
        }

        Assert.Equal(expected.Values.Sum(), roadmap.Spending.Sum(s => s.Spent.Value));
    }

    [Fact]
    public void Ceilings_come_from_the_plan_and_uncapped_sources_have_none()
    {
        var plan = TestPlans.Realistic();
        var roadmap = BookRoadmap.Unscheduled(plan);
        var apbd2022 = roadmap.Spending.Single(s => s.Year == new FiscalYear(2022) && s.Source == FundingSource.Apbd);
        Assert.Equal(plan.Content.Ceilings.Single(c => c.Year == new FiscalYear(2022) && c.Source == FundingSource.Apbd).Amount, apbd2022.Ceiling);
        Assert.All(roadmap.Spending.Where(s => s.Source == FundingSource.Kpbu), s => Assert.Null(s.Ceiling));
    }

    [Fact]
    public void Quick_wins_are_the_candidates_that_start_in_the_quick_win_years()
    {
        var plan = TestPlans.Realistic();
        var roadmap = BookRoadmap.Unscheduled(plan);
        var expected = plan.Programmes.Where(p => p.QuickWinCandidate && plan.CostAnchor(p) == plan.Period.First).Select(p => p.Code).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, roadmap.View.Programmes.Where(p => p.QuickWin).Select(p => p.Code).ToHashSet());
        Assert.All(roadmap.View.Programmes.Where(p => p.QuickWin), p => Assert.Equal(Term.QuickWin, p.Term));
    }

    [Fact]
    public void A_shifted_start_moves_the_spending_and_an_absent_programme_is_excluded()
    {
        var plan = TestPlans.Realistic();
        var moved = plan.Programmes[0];
        var dropped = plan.Programmes[1];
        var starts = plan.Programmes.Where(p => p != dropped).ToDictionary(p => p.Code, p => p == moved ? plan.CostAnchor(p).Plus(6) : plan.CostAnchor(p));
        var roadmap = new BookRoadmap(RoadmapView.Of(plan, starts, new HashSet<ProgrammeCode>()),
            new Dictionary<ProgrammeCode, IReadOnlyList<string>> { [dropped.Code] = ["Pagu tidak cukup"] });
        Assert.False(roadmap.Of(dropped.Code).Scheduled);
        Assert.Equal(["Pagu tidak cukup"], roadmap.ReasonsFor(dropped.Code));
        Assert.Equal(Term.MediumTerm, roadmap.Of(moved.Code).Term);
        var total = plan.Programmes.Where(p => p != dropped).Sum(p => p.TotalCost.Value);
        Assert.Equal(total, roadmap.Spending.Sum(s => s.Spent.Value));
        var firstCost = moved.Costs[0];
        Assert.True(roadmap.Spending.Single(s => s.Year == firstCost.Year.Plus(6) && s.Source == firstCost.Source).Spent >= firstCost.Amount);
    }

    [Fact]
    public void An_inconsistent_entry_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new RoadmapPlace(new ProgrammeCode("X-1"), new FiscalYear(2023), null, null, false));
        Assert.Throws<ArgumentException>(() => new RoadmapPlace(new ProgrammeCode("X-1"), null, null, null, true));
        Assert.Throws<ArgumentException>(() => new RoadmapPlace(new ProgrammeCode("X-1"), new FiscalYear(2024), new FiscalYear(2023), Term.ShortTerm, false));
    }

    [Fact]
    public void An_adopted_roadmap_is_shown_as_adopted_with_its_value_and_proof()
    {
        var plan = TestPlans.Realistic();
        Assert.Null(BookRoadmap.Adopted(plan));
        var starts = plan.Programmes.Select((p, i) => new AdoptedStart(p.Code, i == 1 ? null : plan.CostAnchor(p).Plus(i == 0 ? 1 : 0))).ToValueList();
        var adopted = Masterplan.Create(plan.Content with { Roadmap = new AdoptedRoadmap(starts, default, null, 42.5m, 42.5m) });

        var roadmap = BookRoadmap.Adopted(adopted)!;

        Assert.Equal(plan.CostAnchor(plan.Programmes[0]).Plus(1), roadmap.Of(plan.Programmes[0].Code).Start);
        Assert.False(roadmap.Of(plan.Programmes[1].Code).Scheduled);
        Assert.Equal((true, 42.5m), (roadmap.Optimal, roadmap.Objective));
        var view = RoadmapView.Of(adopted, adopted.Content.Roadmap!);
        Assert.Equal(view.Programmes, roadmap.View.Programmes);
        Assert.Equal(view.Spending, roadmap.Spending);
    }
}

public class BookProgressTests
{
    private sealed class Recorder : IProgress<BookProgress>
    {
        public List<BookProgress> Steps { get; } = [];

        public void Report(BookProgress value) => Steps.Add(value);
    }

    [Theory]
    [InlineData(BookVolumes.All, 23)]
    [InlineData(BookVolumes.StrategicAnalysis, 10)]
    [InlineData(BookVolumes.Masterplan, 17)]
    public void Building_reports_each_chapter_as_a_step_up_to_the_total(BookVolumes volumes, int steps)
    {
        var plan = TestPlans.Realistic();
        var recorder = new Recorder();
        var book = MasterplanBook.Build(plan, Roadmap.BookRoadmap.Unscheduled(plan), new BookOptions(Volumes: volumes), recorder);
        Assert.Equal(steps, recorder.Steps.Count);
        Assert.Equal(Enumerable.Range(1, steps), recorder.Steps.Select(s => s.Step));
        Assert.All(recorder.Steps, s => Assert.Equal(steps, s.Total));
        Assert.Equal(book.FrontMatter.Count + book.Chapters.Count() + 1, steps);
    }
}
