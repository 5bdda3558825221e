using Karsa.Domain.Agencies;
using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Regions;

namespace Karsa.Planning.Benchmarks;

/// <summary>
/// A seeded generator of realistic masterplans: N programmes over 10 years (2025-2034), three funding
/// sources (APBD, APBN, DAK), agencies with capacities, dependencies on earlier programmes with lags,
/// start windows, alternatives groups, quick-win candidates and a few mandatory programmes. Each
/// source's ceilings cover 1/1.4 to 1/1.2 of what all programmes would ask of it (drawn per source;
/// real plans ask 20-40% more than the budget), with +-15% noise per year, so the roadmap has real
/// choices to make: which programmes, and how late. The same seed always gives the same plan.
/// </summary>
public static class SyntheticPlans
{
    private const long Million = 1_000_000;

    /// <summary>Least ratio of a source's total demand to its ceilings over the plan (real plans ask 20-40% more than they get).</summary>
    private const double MinOvercommitment = 1.2;

    /// <summary>Greatest such ratio.</summary>
    private const double MaxOvercommitment = 1.4;
    private static readonly FundingSource[] Sources = [FundingSource.Apbd, FundingSource.Apbn, FundingSource.Dak];

    /// <summary>
    /// A plan with <paramref name="programmes"/> programmes from <paramref name="seed"/>. When
    /// <paramref name="overcommitment"/> is set, every source's total demand is that many times its
    /// ceilings instead of a drawn 1.2-1.4 (2.0 gives the first version of this generator, whose plans
    /// asked twice the budget).
    /// </summary>
    public static Masterplan Generate(int programmes, int seed, int years = 10, double? overcommitment = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(programmes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 3);
        if (overcommitment is { } ratio)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(ratio, 0.1);
        }

        var random = new Random(seed);
        var period = PlanPeriod.Of(new FiscalYear(2025), years);
        var agencies = Enumerable.Range(1, Math.Max(4, programmes / 10))
            .Select(a => new Agency(new AgencyCode($"OPD-{a:00}"), $"Perangkat Daerah {a}", AgencyKind.Dinas, random.Next(3) == 0 ? null : random.Next(3, 7)))
            .ToList();
        var list = new List<Programme>();
        for (var i = 0; i < programmes; i++)
        {
            list.Add(NewProgramme(random, i, list, agencies, period));
        }

        var content = new MasterplanContent
        {
            Region = new Region(new RegionCode("33.13"), "Sintetis", RegionKind.Kabupaten, "Jawa Tengah", []),
            Title = new LocalizedText($"Masterplan sintetis {programmes} program (seed {seed})", $"Synthetic masterplan, {programmes} programmes (seed {seed})"),
            Period = period,
            Agencies = agencies.ToValueList(),
            Programmes = list.ToValueList(),
            Ceilings = Ceilings(random, list, period, overcommitment).ToValueList(),
        };
        return Masterplan.Create(content);
    }

    private static Programme NewProgramme(Random random, int i, List<Programme> earlier, List<Agency> agencies, PlanPeriod period)
    {
        var dimension = Dimensions.All[random.Next(Dimensions.All.Count)];
        var elements = ElementCatalogue.Reference.Where(e => e.Dimension == dimension).ToList();
        var quickWin = random.NextDouble() < 0.15;
        var mandatory = !quickWin && random.NextDouble() < 0.03;
        var duration = quickWin ? random.Next(1, 3) : random.Next(1, 5);
        var latestFit = period.Length - duration;
        var earliest = !mandatory && random.NextDouble() < 0.3 ? random.Next(0, Math.Min(5, latestFit) + 1) : 0;
        int? latest = !mandatory && random.NextDouble() < 0.3 ? Math.Min(latestFit, earliest + random.Next(2, 6)) : null;
        var dependsOn = new List<Dependency>();
        if (!mandatory && earlier.Count > 0 && random.NextDouble() < 0.25)
        {
            foreach (var predecessor in Enumerable.Range(0, random.Next(1, 3)).Select(_ => earlier[random.Next(earlier.Count)]).Distinct())
            {
                dependsOn.Add(new Dependency(predecessor.Code, random.Next(0, 2)));
            }

            latest = null;
        }

        var scale = quickWin ? 0.3 : 1.0;
        var costs = new List<CostLine>();
        for (var offset = 0; offset < duration; offset++)
        {
            var year = period.First.Plus(earliest + offset);
            var total = (long)(scale * random.Next(200, 5000)) * Million;
            var apbd = total * random.Next(50, 101) / 100 / Million * Million;
            costs.Add(new CostLine(year, FundingSource.Apbd, new Rupiah(apbd)));
            if (total - apbd > 0)
            {
                costs.Add(new CostLine(year, random.Next(2) == 0 ? FundingSource.Apbn : FundingSource.Dak, new Rupiah(total - apbd)));
            }
        }

        var alternatives = !mandatory && random.NextDouble() < 0.08 ? $"alt-{random.Next(Math.Max(2, i / 25))}" : null;
        var code = new ProgrammeCode($"{dimension.Key()[..3].ToUpperInvariant()}-{i + 1:0000}");
        return new Programme(code, new LocalizedText($"Program {code}"), dimension, elements[random.Next(elements.Count)].Code,
            agencies[random.Next(agencies.Count)].Code, duration, costs.ToValueList(),
            kind: (ProgrammeKind)random.Next(Enum.GetValues<ProgrammeKind>().Length),
            quickWinCandidate: quickWin,
            earliestStart: earliest > 0 ? period.First.Plus(earliest) : null,
            latestStart: latest is { } l ? period.First.Plus(l) : null,
            dependsOn: dependsOn.ToValueList(),
            mandatory: mandatory,
            alternativesGroup: alternatives,
            scores: Criterion.Defaults.Select(c => new CriterionScore(c.Code, random.Next(1, 6))).ToValueList());
    }

    private static IEnumerable<BudgetCeiling> Ceilings(Random random, List<Programme> programmes, PlanPeriod period, double? overcommitment)
    {
        var mandatory = programmes.Where(p => p.Mandatory).SelectMany(p => p.Costs).ToList();
        foreach (var source in Sources)
        {
            var total = programmes.SelectMany(p => p.Costs).Where(c => c.Source == source).Sum(c => c.Amount.Value);
            var yearly = total / period.Length / (overcommitment ?? (MinOvercommitment + ((MaxOvercommitment - MinOvercommitment) * random.NextDouble())));
            foreach (var year in period.Years)
            {
                var floor = mandatory.Where(c => c.Year == year && c.Source == source).Sum(c => c.Amount.Value);
                var amount = (long)(yearly * (0.85 + (0.3 * random.NextDouble()))) / Million * Million;
                yield return new BudgetCeiling(year, source, new Rupiah(Math.Max(amount, floor)));
            }
        }
    }
}
