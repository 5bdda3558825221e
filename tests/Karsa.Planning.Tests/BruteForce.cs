using Karsa.Domain.Plans;
using Karsa.Domain.Programmes;

namespace Karsa.Planning.Tests;

/// <summary>
/// The best roadmap value by trying every assignment (out, or each allowed start year), written from
/// the rules in the issue rather than from the optimizer. Value of a programme = score * its benefit
/// years (docs/plan-file.md): the benefit life's years after its last year, year b of the plan counting
/// 1 / (1 + rate)^b rounded to thousandths; the plans used here have a single criterion
/// scored 1..5, so the score is (s - 1) / 4. Quick wins: every dimension with a candidate that may start
/// in year 1 (no predecessor, which would have to finish first) and fits each ceiling on its own there
/// needs one started in year 1, unless no assignment can do that (then the requirement is dropped, as
/// the planner does).
/// </summary>
internal static class BruteForce
{
    public static double? BestValue(Masterplan plan)
    {
        var content = plan.Content;
        var programmes = content.Programmes;
        var first = content.Period.First.Value;
        var last = content.Period.Last.Value;
        var options = programmes.Select(p =>
        {
            var earliest = p.EarliestStart?.Value ?? first;
            var latest = Math.Min(p.LatestStart?.Value ?? last, last - (p.DurationYears ?? 1) + 1);
            var starts = Enumerable.Range(earliest, Math.Max(0, latest - earliest + 1)).Select(s => (int?)s);
            return (p.Mandatory ? starts : starts.Prepend(null)).ToArray();
        }).ToArray();
        var eligibleDimensions = programmes.Where(p => p.QuickWinCandidate && (p.EarliestStart?.Value ?? first) == first && p.DependsOn.Count == 0 && FitsAlone(content, p))
            .Select(p => p.Dimension).Distinct().ToList();

        double? best = null;
        double? bestWithQuickWins = null;
        var choice = new int?[programmes.Count];
        void Visit(int i)
        {
            if (i == programmes.Count)
            {
                if (!Feasible(plan, choice))
                {
                    return;
                }

                var value = Enumerable.Range(0, programmes.Count).Where(j => choice[j] is not null)
                    .Sum(j => Score(programmes[j]) * BenefitYears(content, choice[j]!.Value + (programmes[j].DurationYears ?? 1) - 1));
                best = Math.Max(best ?? double.MinValue, value);
                var quick = eligibleDimensions.All(d => Enumerable.Range(0, programmes.Count)
                    .Any(j => programmes[j].Dimension == d && programmes[j].QuickWinCandidate && choice[j] == first));
                if (quick)
                {
                    bestWithQuickWins = Math.Max(bestWithQuickWins ?? double.MinValue, value);
                }

                return;
            }

            foreach (var option in options[i])
            {
                choice[i] = option;
                Visit(i + 1);
            }
        }

        Visit(0);
        return bestWithQuickWins ?? best;
    }

    private static double Score(Programme programme) => (double)(programme.Scores[0].Score - 1) / 4;

    private static double BenefitYears(MasterplanContent content, int lastYear)
    {
        var model = content.ValueModel;
        var first = content.Period.First.Value;
        return Enumerable.Range(lastYear + 1 - first, model.BenefitLifeYears)
            .Sum(b => Math.Round(1000 / Math.Pow(1 + ((double)model.DiscountRatePercent / 100), b), MidpointRounding.AwayFromZero)) / 1000;
    }

    private static bool FitsAlone(MasterplanContent content, Programme programme) =>
        programme.Costs.All(c => content.Ceilings.FirstOrDefault(x => x.Year == c.Year && x.Source == c.Source) is not { } cap || c.Amount <= cap.Amount);

    private static bool Feasible(Masterplan plan, int?[] choice)
    {
        var content = plan.Content;
        var programmes = content.Programmes;
        var index = programmes.Select((p, i) => (p.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var spend = new Dictionary<(int, FundingSource), long>();
        var running = new Dictionary<(string, int), int>();
        var groups = new HashSet<string>();
        for (var i = 0; i < programmes.Count; i++)
        {
            if (choice[i] is not { } start)
            {
                continue;
            }

            var p = programmes[i];
            if (p.AlternativesGroup is { } g && !groups.Add(g))
            {
                return false;
            }

            foreach (var d in p.DependsOn)
            {
                var j = index[d.Programme];
                if (choice[j] is not { } ps || start < ps + programmes[j].DurationYears + d.LagYears)
                {
                    return false;
                }
            }

            var anchor = p.EarliestStart?.Value ?? content.Period.First.Value;
            foreach (var c in p.Costs)
            {
                var key = (c.Year.Value - anchor + start, c.Source);
                spend[key] = spend.GetValueOrDefault(key) + c.Amount.Value;
            }

            for (var y = start; y < start + p.DurationYears; y++)
            {
                running[(p.LeadAgency.Value, y)] = running.GetValueOrDefault((p.LeadAgency.Value, y)) + 1;
            }
        }

        return content.Ceilings.All(c => spend.GetValueOrDefault((c.Year.Value, c.Source)) <= c.Amount.Value)
            && content.Agencies.All(a => a.Capacity is not { } cap || running.Where(r => r.Key.Item1 == a.Code.Value).All(r => r.Value <= cap));
    }
}
