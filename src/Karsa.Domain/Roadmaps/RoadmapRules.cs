using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Roadmaps;

/// <summary>
/// Whether a plan's adopted roadmap still fits the plan: every programme has a place, starts inside
/// its window and after its predecessors, at most one of each alternatives group runs, no year's
/// spending passes a ceiling, no agency leads more programmes at once than its capacity (a programme
/// counts in every year from its start to its end), every mandatory programme runs, and the quick
/// wins keep <see cref="QuickWinEligibility"/>'s rule. A draft whose edits broke its roadmap keeps
/// these problems as warnings; publishing refuses them.
/// </summary>
public static class RoadmapRules
{
    /// <summary>Path of the roadmap section in a plan file.</summary>
    public const string Path = "roadmap";

    /// <summary>
    /// Every way the adopted roadmap of <paramref name="content"/> breaks the plan (errors); empty when it
    /// fits or there is none. Expects a plan without errors of its own (unique codes, known references).
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(MasterplanContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Roadmap is not { } roadmap)
        {
            return [];
        }

        var plan = new PlanFacts(content);

        var found = new List<Diagnostic>();
        var known = plan.Programmes.Select(p => p.Code).ToHashSet();
        var listed = roadmap.Programmes.Select(p => p.Programme).ToHashSet();
        found.AddRange(roadmap.Programmes.Where(p => !known.Contains(p.Programme))
            .Select(p => Problems.RoadmapUnknownProgramme(p.Programme.Value).Under(At(p.Programme))));
        found.AddRange(plan.Programmes.Where(p => !listed.Contains(p.Code))
            .Select(p => Problems.RoadmapMissingProgramme(p.Code.Value).Under(Path.Field("programmes"))));
        var starts = roadmap.Starts.Where(s => known.Contains(s.Key)).ToDictionary();
        CheckProgrammes(plan, starts, found);
        CheckAlternatives(plan, starts, found);
        CheckBudget(plan, starts, found);
        CheckCapacity(plan, starts, found);
        CheckQuickWins(plan, roadmap, starts, found);
        return found;
    }

    private static string At(ProgrammeCode code) => Path.Field("programmes").Field(code.Value);

    private static void CheckProgrammes(PlanFacts plan, Dictionary<ProgrammeCode, FiscalYear> starts, List<Diagnostic> found)
    {
        foreach (var programme in plan.Programmes)
        {
            if (!starts.TryGetValue(programme.Code, out var start))
            {
                if (programme.Mandatory)
                {
                    found.Add(Problems.RoadmapMandatoryOut(programme.Code.Value).Under(At(programme.Code)));
                }

                continue;
            }

            var (earliest, latest) = plan.StartWindow(programme);
            if (start < earliest || start > latest)
            {
                found.Add(Problems.RoadmapOutsideWindow(programme.Code.Value, start.Value, earliest.Value, latest.Value).Under(At(programme.Code)));
            }

            foreach (var dependency in programme.DependsOn)
            {
                var predecessor = plan.Programme(dependency.Programme);
                int? allowed = starts.TryGetValue(predecessor.Code, out var before) ? predecessor.SuccessorsFrom(before.Value) + dependency.LagYears : null;
                if (allowed is null || start.Value < allowed)
                {
                    found.Add(Problems.RoadmapBeforePredecessor(programme.Code.Value, start.Value, predecessor.Code.Value, allowed).Under(At(programme.Code)));
                }
            }
        }
    }

    private static void CheckAlternatives(PlanFacts plan, Dictionary<ProgrammeCode, FiscalYear> starts, List<Diagnostic> found)
    {
        var groups = plan.Programmes.Where(p => p.AlternativesGroup is not null && starts.ContainsKey(p.Code))
            .GroupBy(p => p.AlternativesGroup!, StringComparer.Ordinal).Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            found.Add(Problems.RoadmapAlternatives(group.Key, group.Select(p => p.Code.Value)).Under(At(group.Skip(1).First().Code)));
        }
    }

    private static void CheckBudget(PlanFacts plan, Dictionary<ProgrammeCode, FiscalYear> starts, List<Diagnostic> found)
    {
        var spent = RoadmapView.SpentBy(plan, starts);
        foreach (var ((year, source), cap) in RoadmapView.CeilingsOf(plan.Content).OrderBy(c => c.Key.Year).ThenBy(c => c.Key.Source))
        {
            if (spent.GetValueOrDefault((year, source)) is var amount && amount > cap)
            {
                found.Add(Problems.RoadmapOverCeiling(year.Value, source.Key, amount.Value, cap.Value).Under(Path));
            }
        }
    }

    private static void CheckCapacity(PlanFacts plan, Dictionary<ProgrammeCode, FiscalYear> starts, List<Diagnostic> found)
    {
        foreach (var agency in plan.Content.Agencies.Where(a => a.Capacity is not null))
        {
            var runs = plan.Programmes.Where(p => p.LeadAgency == agency.Code && starts.ContainsKey(p.Code))
                .Select(p => (From: starts[p.Code].Value, To: p.RunEnd(starts[p.Code], plan.Period.Last))).ToList();
            foreach (var year in plan.Period.Years)
            {
                var running = runs.Count(r => r.From <= year.Value && year.Value <= r.To);
                if (running > agency.Capacity)
                {
                    found.Add(Problems.RoadmapOverCapacity(agency.Code.Value, year.Value, running, agency.Capacity!.Value).Under(Path));
                }
            }
        }
    }

    private static void CheckQuickWins(PlanFacts plan, AdoptedRoadmap roadmap, Dictionary<ProgrammeCode, FiscalYear> starts, List<Diagnostic> found)
    {
        var lastQuickWinYear = plan.Period.First.Plus(plan.Content.Terms.QuickWinYears - 1);
        var labelled = new List<Programmes.Programme>();
        for (var i = 0; i < roadmap.QuickWins.Count; i++)
        {
            var code = roadmap.QuickWins[i];
            if (!starts.TryGetValue(code, out var start))
            {
                continue; // unknown programme: reported above
            }

            var programme = plan.Programme(code);
            if (!programme.QuickWinCandidate || start > lastQuickWinYear)
            {
                found.Add(Problems.QuickWinNotScheduled(code.Value).Under(Path.Field("quickWins").Item(i)));
                continue;
            }

            labelled.Add(programme);
        }

        var eligible = QuickWinEligibility.Eligible(plan);
        foreach (var dimension in QuickWinEligibility.RequiredDimensions(plan.Content))
        {
            var candidates = eligible.Where(p => p.Dimension == dimension).Select(p => p.Code.Value).ToList();
            if (candidates.Count > 0 && !labelled.Any(p => p.Dimension == dimension))
            {
                found.Add(Problems.RoadmapMissingQuickWin(Catalogue.Dimensions.Key(dimension), candidates).Under(Path.Field("quickWins")));
            }
        }
    }
}
