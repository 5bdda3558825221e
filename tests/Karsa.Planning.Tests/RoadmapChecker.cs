using Karsa.Domain.Budget;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Planning.Roadmaps;

namespace Karsa.Planning.Tests;

/// <summary>
/// Checks a roadmap against the plan without using any optimizer code: spend is recomputed from the
/// plan's cost lines (shifted from the cost anchor to the chosen start), then every ceiling, window,
/// dependency, mandatory programme, alternatives group, agency capacity and quick-win rule is checked.
/// </summary>
internal static class RoadmapChecker
{
    public static IReadOnlyList<string> Violations(Masterplan plan, Roadmap roadmap, IReadOnlyList<BudgetCeiling>? ceilings = null, int? lastYear = null)
    {
        var found = new List<string>();
        var content = plan.Content;
        var first = content.Period.First.Value;
        var last = lastYear ?? content.Period.Last.Value;
        var starts = new Dictionary<ProgrammeCode, int>();
        foreach (var entry in roadmap.Programmes)
        {
            if (entry.Status == ProgrammeStatus.Scheduled)
            {
                if (entry.Start is not { } start || entry.End is not { } end)
                {
                    found.Add($"{entry.Code}: scheduled without years");
                    continue;
                }

                starts[entry.Code] = start.Value;
                if (end.Value != start.Value + entry.Programme.DurationYears - 1)
                {
                    found.Add($"{entry.Code}: end year does not match its duration");
                }
            }
        }

        if (roadmap.Programmes.Count != content.Programmes.Count)
        {
            found.Add("the roadmap does not list every programme");
        }

        var spend = new Dictionary<(int Year, FundingSource Source), long>();
        var running = new Dictionary<(AgencyCode, int), int>();
        foreach (var programme in content.Programmes)
        {
            if (!starts.TryGetValue(programme.Code, out var start))
            {
                if (programme.Mandatory)
                {
                    found.Add($"{programme.Code}: mandatory but excluded");
                }

                continue;
            }

            var earliest = programme.EarliestStart?.Value ?? first;
            if (start < earliest || (programme.LatestStart is { } latest && start > latest.Value) || start + programme.DurationYears - 1 > last)
            {
                found.Add($"{programme.Code}: starts {start} outside its window");
            }

            var anchor = programme.EarliestStart?.Value ?? first;
            foreach (var line in programme.Costs)
            {
                var year = line.Year.Value - anchor + start;
                spend[(year, line.Source)] = spend.GetValueOrDefault((year, line.Source)) + line.Amount.Value;
            }

            for (var year = start; year < start + programme.DurationYears; year++)
            {
                running[(programme.LeadAgency, year)] = running.GetValueOrDefault((programme.LeadAgency, year)) + 1;
            }

            foreach (var dependency in programme.DependsOn)
            {
                var predecessor = plan.Programme(dependency.Programme);
                if (!starts.TryGetValue(dependency.Programme, out var ps))
                {
                    found.Add($"{programme.Code}: its predecessor {dependency.Programme} is out");
                }
                else if (start < ps + predecessor.DurationYears + dependency.LagYears)
                {
                    found.Add($"{programme.Code}: starts {start} before {dependency.Programme} (from {ps}) allows");
                }
            }
        }

        foreach (var ceiling in ceilings ?? content.Ceilings)
        {
            var used = spend.GetValueOrDefault((ceiling.Year.Value, ceiling.Source));
            if (used > ceiling.Amount.Value)
            {
                found.Add($"{ceiling.Source} {ceiling.Year}: spends {used} over the ceiling {ceiling.Amount.Value}");
            }

            var reported = roadmap.Spend.FirstOrDefault(s => s.Year == ceiling.Year && s.Source == ceiling.Source);
            if (reported is null || reported.Spent.Value != used || reported.Ceiling != ceiling.Amount)
            {
                found.Add($"{ceiling.Source} {ceiling.Year}: reported spend differs from the recomputed {used}");
            }
        }

        foreach (var group in content.Programmes.Where(p => p.AlternativesGroup is not null && starts.ContainsKey(p.Code)).GroupBy(p => p.AlternativesGroup))
        {
            if (group.Count() > 1)
            {
                found.Add($"alternatives group {group.Key} has {group.Count()} programmes in");
            }
        }

        foreach (var agency in content.Agencies.Where(a => a.Capacity is not null))
        {
            foreach (var ((code, year), count) in running.Where(r => r.Key.Item1 == agency.Code && r.Value > agency.Capacity))
            {
                found.Add($"{code} {year}: {count} programmes running, capacity {agency.Capacity}");
            }
        }

        foreach (var entry in roadmap.Programmes.Where(e => e.QuickWin))
        {
            if (!entry.Programme.QuickWinCandidate || entry.Start is not { } start || start.Value - first >= content.Terms.QuickWinYears || entry.Term != Term.QuickWin)
            {
                found.Add($"{entry.Code}: quick win not a candidate started in the quick-win years");
            }
        }

        foreach (var dimension in roadmap.Programmes.Where(e => e.QuickWin).GroupBy(e => e.Programme.Dimension).Where(g => g.Count() > 1))
        {
            found.Add($"{dimension.Key}: more than one quick win");
        }

        return found;
    }
}
