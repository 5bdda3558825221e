using Karsa.Domain.Edits;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using static Karsa.Domain.Tests.Edits.EditFixtures;

namespace Karsa.Domain.Tests.Edits;

public sealed class BudgetAndTargetEditTests
{
    private static readonly FiscalYear Y2025 = new(2025);

    [Fact]
    public void Setting_a_ceiling_replaces_it_or_adds_it_in_year_and_source_order()
    {
        var draft = Draft();

        var plan = Edited(draft.Apply([
            new SetCeiling(new FiscalYear(2026), FundingSource.Apbd, new Rupiah(5)),
            new SetCeiling(Y2025, FundingSource.Dak, new Rupiah(7)),
            new SetCeiling(Y2025, FundingSource.Apbd, new Rupiah(9)),
            new SetCeiling(new FiscalYear(2024), FundingSource.Csr, new Rupiah(3)),
        ]), draft);

        Assert.Equal(
            [(2024, FundingSource.Csr, 3L), (2025, FundingSource.Apbd, 9L), (2025, FundingSource.Dak, 7L), (2026, FundingSource.Apbd, 5L)],
            plan.Ceilings.Select(c => (c.Year.Value, c.Source, c.Amount.Value)));
    }

    [Fact]
    public void Setting_a_ceiling_to_nothing_removes_it()
    {
        var draft = Draft();

        var plan = Edited(draft.Apply(new SetCeiling(Y2025, FundingSource.Apbd, null)), draft);

        Assert.Empty(plan.Ceilings);
    }

    [Fact]
    public void A_negative_ceiling_is_reported_at_its_year_and_source()
    {
        var problem = Refusal(Draft().Apply(new SetCeiling(Y2025, FundingSource.Apbd, new Rupiah(-1))));

        Assert.Equal(("KRS013", "budget.2025.apbd"), (problem.Code, problem.Path));
    }

    [Fact]
    public void A_ceiling_outside_the_period_is_reported_at_its_year()
    {
        var problem = Refusal(Draft().Apply(new SetCeiling(new FiscalYear(2040), FundingSource.DanaDesa, new Rupiah(1))));

        Assert.Equal(("KRS050", "budget.2040"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Setting_a_target_replaces_it_or_adds_it_among_its_indicators_by_year()
    {
        var draft = Draft();

        var plan = Edited(draft.Apply([
            new SetTarget(Internet, new FiscalYear(2031), 95m),
            new SetTarget(Internet, new FiscalYear(2024), 60m),
            new SetTarget(Internet, new FiscalYear(2026), 85m),
        ]), draft);

        Assert.Equal([(2024, 60m), (2026, 85m), (2031, 95m)], plan.Targets.Select(t => (t.Year.Value, t.Value)));
    }

    [Fact]
    public void Setting_a_target_to_nothing_removes_it()
    {
        var draft = Draft();

        var plan = Edited(draft.Apply(new SetTarget(Internet, new FiscalYear(2026), null)), draft);

        Assert.Empty(plan.Targets);
        Assert.Contains(plan.Indicators, i => i.Code == Internet);
    }

    [Fact]
    public void A_target_of_an_unknown_indicator_is_reported_at_the_target_addressed()
    {
        var problem = Refusal(Draft().Apply(new SetTarget(new IndicatorCode("ISO37122-9.9"), new FiscalYear(2026), 1m)));

        Assert.Equal(("KRS053", "targets.ISO37122-9.9.2026"), (problem.Code, problem.Path));
    }

    [Fact]
    public void A_target_outside_the_period_is_reported_at_its_year()
    {
        var problem = Refusal(Draft().Apply(new SetTarget(Internet, new FiscalYear(2035), 1m)));

        Assert.Equal(("KRS054", "targets.ISO37120-5.1.2035"), (problem.Code, problem.Path));
    }
}
