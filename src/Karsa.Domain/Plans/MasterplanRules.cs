using System.Globalization;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Plans;

/// <summary>
/// The rules that span the parts of a masterplan: known references, unique codes, the plan period,
/// dependency cycles and whether mandatory programmes can fit. <see cref="Check"/> reports every
/// problem at once, each at its <see cref="PlanPaths"/> path.
/// </summary>
public static class MasterplanRules
{
    /// <summary>All errors and warnings of <paramref name="plan"/>, in plan order.</summary>
    public static IReadOnlyList<Diagnostic> Check(MasterplanContent plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var found = new List<Diagnostic>();
        var catalogue = CheckElements(plan, found);
        var agencies = UniqueCodes(plan.Agencies.Select(a => a.Code), PlanPaths.Agency, c => Problems.DuplicateAgency(c.Value), found);
        var criteria = UniqueCodes(plan.Criteria.Select(c => c.Code), PlanPaths.Criterion, c => Problems.DuplicateCriterion(c.Value), found);
        var indicators = UniqueCodes(plan.Indicators.Select(i => i.Code), PlanPaths.Indicator, c => Problems.DuplicateIndicator(c.Value), found);
        var programmes = UniqueProgrammes(plan, found);
        var districts = plan.Region.Districts.Select(d => d.Code).ToHashSet();

        for (var i = 0; i < plan.Programmes.Count; i++)
        {
            CheckProgramme(plan, plan.Programmes[i], PlanPaths.Programme(i), catalogue, agencies, criteria, indicators, programmes, districts, found);
        }

        CheckDependencies(plan, found);
        CheckAlternatives(plan, found);
        CheckBudget(plan, found);
        FundingSourceRules.Check(plan, found);
        CheckTargets(plan, indicators, found);
        CheckReadiness(plan, found);
        CheckNarratives(plan, found);
        CheckScenarios(plan, criteria, programmes, found);
        CheckComparisons(plan, criteria, found);
        AddWarnings(plan, catalogue, found);
        if (!found.Any(p => p.Severity == Severity.Error))
        {
            // A draft whose edits broke its adopted roadmap stays editable: the breaks are warnings
            // until publishing, which refuses them.
            found.AddRange(Roadmaps.RoadmapRules.Check(plan).Select(p => p with { Severity = Severity.Warning }));
        }

        return found;
    }

    /// <summary>
    /// The year a programme's cost lines are anchored at: its earliest start, or the first year of
    /// <paramref name="period"/>; for a service under way, the year the roadmap keeps it at
    /// (<see cref="FixedStart"/>), so its cost lines stay in the years they are written for.
    /// </summary>
    public static FiscalYear CostAnchor(Programme programme, PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(period);
        return FixedStart(programme, period) ?? programme.EarliestStart ?? period.First;
    }

    /// <summary>
    /// Where the roadmap keeps a running or existing service: the year it started, or the plan's first
    /// year when it started before the period or the year is not known; null for a new programme,
    /// whose start the planner chooses.
    /// </summary>
    public static FiscalYear? FixedStart(Programme programme, PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(period);
        if (!programme.IsUnderWay)
        {
            return null;
        }

        return programme.StartedIn is { } started && started > period.First ? started : period.First;
    }

    /// <summary>The start window of a programme within <paramref name="period"/> (see <see cref="Masterplan.StartWindow"/>).</summary>
    public static (FiscalYear Earliest, FiscalYear Latest) StartWindow(Programme programme, PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(period);
        var earliest = CostAnchor(programme, period);
        if (programme.IsUnderWay)
        {
            return (earliest, earliest);
        }

        var lastToFit = period.Last.Value - (programme.DurationYears ?? 1) + 1;
        var latest = Math.Min(programme.LatestStart?.Value ?? lastToFit, lastToFit);
        return (earliest, new FiscalYear(Math.Max(latest, FiscalYear.Min)));
    }

    private static ElementCatalogue? CheckElements(MasterplanContent plan, List<Diagnostic> found)
    {
        var reference = ElementCatalogue.Reference.Select(e => e.Code).ToHashSet();
        var seen = new HashSet<ElementCode>();
        var ok = true;
        for (var i = 0; i < plan.OwnElements.Count; i++)
        {
            var code = plan.OwnElements[i].Code;
            if (reference.Contains(code) || !seen.Add(code))
            {
                found.Add(Problems.DuplicateElement(code.Value).Under(PlanPaths.Element(i).Field("code")));
                ok = false;
            }
        }

        return ok ? new ElementCatalogue(plan.OwnElements) : null;
    }

    private static HashSet<T> UniqueCodes<T>(IEnumerable<T> codes, Func<int, string> pathOf, Func<T, Diagnostic> duplicate, List<Diagnostic> found)
        where T : notnull
    {
        var seen = new HashSet<T>();
        var index = 0;
        foreach (var code in codes)
        {
            if (!seen.Add(code))
            {
                found.Add(duplicate(code).Under(pathOf(index).Field("code")));
            }

            index++;
        }

        return seen;
    }

    private static HashSet<ProgrammeCode> UniqueProgrammes(MasterplanContent plan, List<Diagnostic> found)
    {
        var first = new Dictionary<ProgrammeCode, int>();
        for (var i = 0; i < plan.Programmes.Count; i++)
        {
            var code = plan.Programmes[i].Code;
            if (!first.TryAdd(code, i))
            {
                found.Add(Problems.DuplicateProgramme(code.Value, PlanPaths.Programme(first[code])).Under(PlanPaths.Programme(i).Field("code")));
            }
        }

        return [.. first.Keys];
    }

    private static void CheckProgramme(MasterplanContent plan, Programme programme, string path, ElementCatalogue? catalogue,
        HashSet<AgencyCode> agencies, HashSet<CriterionCode> criteria, HashSet<IndicatorCode> indicators,
        HashSet<ProgrammeCode> programmes, HashSet<RegionCode> districts, List<Diagnostic> found)
    {
        if (catalogue is not null)
        {
            if (!catalogue.TryFind(programme.Element, out var element))
            {
                found.Add(Problems.UnknownElement(programme.Element.Value).Under(path.Field("element")));
            }
            else if (element.Dimension != programme.Dimension)
            {
                found.Add(Problems.ElementOutsideDimension(element.Code.Value, element.Dimension.Key(), programme.Dimension.Key()).Under(path.Field("element")));
            }
        }

        if (!agencies.Contains(programme.LeadAgency))
        {
            found.Add(Problems.UnknownAgency(programme.LeadAgency.Value).Under(path.Field("lead")));
        }

        ForEachUnknown(programme.CoLeads, agencies, path.Field("coLeads"), c => Problems.UnknownAgency(c.Value), found);

        ForEachUnknown(programme.SupportingAgencies, agencies, path.Field("supporting"), c => Problems.UnknownAgency(c.Value), found);
        ForEachUnknown(programme.Indicators, indicators, path.Field("indicators"), c => Problems.UnknownIndicator(c.Value), found);
        CheckLocations(plan, programme, path.Field("locations"), districts, found);
        for (var j = 0; j < programme.DependsOn.Count; j++)
        {
            if (!programmes.Contains(programme.DependsOn[j].Programme))
            {
                found.Add(Problems.UnknownDependency(programme.DependsOn[j].Programme.Value).Under(path.Field("dependsOn").Item(j)));
            }
        }

        foreach (var score in programme.Scores)
        {
            var scorePath = path.Field("scores").Field(score.Criterion.Value);
            if (!criteria.Contains(score.Criterion))
            {
                found.Add(Problems.UnknownCriterion(score.Criterion.Value).Under(scorePath));
            }
            else if (!plan.CriteriaScale.Contains(score.Score))
            {
                found.Add(Problems.OutOfRange(new LocalizedText("skor", "score"), score.Score.ToString(CultureInfo.InvariantCulture), plan.CriteriaScale.ToString()).Under(scorePath));
            }
        }

        CheckWindowAndCosts(plan.Period, programme, path, found);
        CheckResults(plan.Period, programme.Outputs, path.Field("outputs"), indicators, found);
        CheckResults(plan.Period, programme.Outcomes, path.Field("outcomes"), indicators, found);
    }

    /// <summary>Outputs or outcomes: their indicators are the plan's, their target years inside the period (KRS152).</summary>
    private static void CheckResults(PlanPeriod period, ValueList<ProgrammeResult> results, string path, HashSet<IndicatorCode> indicators, List<Diagnostic> found)
    {
        for (var j = 0; j < results.Count; j++)
        {
            var result = results[j];
            if (result.Indicator is { } indicator && !indicators.Contains(indicator))
            {
                found.Add(Problems.UnknownIndicator(indicator.Value).Under(path.Item(j).Field("indicator")));
            }

            foreach (var target in result.Targets.Where(t => !period.Contains(t.Year)))
            {
                found.Add(Problems.ResultTargetOutsidePeriod(target.Year.Value, period.First.Value, period.Last.Value)
                    .Under(path.Item(j).Field("targets").Field(target.Year.ToString())));
            }
        }
    }

    private static void ForEachUnknown<T>(ValueList<T> codes, HashSet<T> known, string path, Func<T, Diagnostic> problem, List<Diagnostic> found)
    {
        for (var j = 0; j < codes.Count; j++)
        {
            if (!known.Contains(codes[j]))
            {
                found.Add(problem(codes[j]).Under(path.Item(j)));
            }
        }
    }

    /// <summary>
    /// Every location is a district or village under the plan's region (KRS140); a listed district, or a
    /// village of one (KRS042).
    /// </summary>
    private static void CheckLocations(MasterplanContent plan, Programme programme, string path, HashSet<RegionCode> districts, List<Diagnostic> found)
    {
        var region = plan.Region.Code;
        for (var j = 0; j < programme.Locations.Count; j++)
        {
            var location = programme.Locations[j];
            if (location.Level is < 3 or > 4 || !location.IsWithin(region))
            {
                found.Add(Problems.LocationOutsideRegion(location.Value, region.Value).Under(path.Item(j)));
            }
            else if (!districts.Contains(location.Level == 3 ? location : location.Parent!.Value))
            {
                found.Add(Problems.UnknownDistrict(location.Value).Under(path.Item(j)));
            }
        }
    }

    private static void CheckWindowAndCosts(PlanPeriod period, Programme programme, string path, List<Diagnostic> found)
    {
        var range = $"{period.First}..{period.Last}";
        if (programme.StartedIn is { } started && started > period.Last)
        {
            found.Add(Problems.StartedAfterPeriod(started.Value, period.Last.Value).Under(path.Field("startedIn")));
        }

        if (programme.EarliestStart is { } earliest && !period.Contains(earliest))
        {
            found.Add(Problems.OutOfRange(new LocalizedText("tahun mulai paling awal", "earliest start"), earliest.ToString(), range).Under(path.Field("start").Field("earliest")));
        }

        if (programme.LatestStart is { } latest && !period.Contains(latest))
        {
            found.Add(Problems.OutOfRange(new LocalizedText("tahun mulai paling akhir", "latest start"), latest.ToString(), range).Under(path.Field("start").Field("latest")));
        }

        var anchor = CostAnchor(programme, period);
        var runEnd = programme.RunEnd(anchor, period.Last);
        foreach (var year in programme.Costs.Select(c => c.Year).Distinct())
        {
            var costPath = path.Field("costs").Field(year.ToString());
            if (!period.Contains(year))
            {
                found.Add(Problems.CostOutsidePeriod(year.Value, period.First.Value, period.Last.Value).Under(costPath));
            }
            else if (year < anchor || year.Value > runEnd)
            {
                found.Add(Problems.CostBeyondDuration(year.Value, anchor.Value, runEnd).Under(costPath));
            }
        }
    }

    private static void CheckDependencies(MasterplanContent plan, List<Diagnostic> found)
    {
        var graph = new DependencyGraph(plan.Programmes);
        var cycles = graph.Cycles();
        var index = plan.Programmes.Select((p, i) => (p.Code, i)).GroupBy(x => x.Code).ToDictionary(g => g.Key, g => g.First().i);
        foreach (var cycle in cycles)
        {
            var from = plan.Programmes[index[cycle[0]]];
            var edge = from.DependsOn.Select((d, j) => (d, j)).First(x => x.d.Programme == cycle[1]).j;
            found.Add(Problems.DependencyCycle([.. cycle.Select(c => c.Value)]).Under(PlanPaths.Programme(index[cycle[0]]).Field("dependsOn").Item(edge)));
        }

        if (cycles.Count > 0)
        {
            return;
        }

        var starts = graph.EarliestStarts(p => CostAnchor(p, plan.Period).Value);
        for (var i = 0; i < plan.Programmes.Count; i++)
        {
            var programme = plan.Programmes[i];
            var (_, latest) = StartWindow(programme, plan.Period);
            if (!starts.TryGetValue(programme.Code, out var possible) || possible <= latest.Value)
            {
                continue;
            }

            found.Add(programme.Mandatory
                ? Problems.MandatoryCannotFit(programme.Code.Value, possible, latest.Value).Under(PlanPaths.Programme(i).Field("mandatory"))
                : Problems.NeverSchedulable(programme.Code.Value).Under(PlanPaths.Programme(i).Field("code")));
        }
    }

    private static void CheckAlternatives(MasterplanContent plan, List<Diagnostic> found)
    {
        var groups = plan.Programmes.Select((p, i) => (p, i))
            .Where(x => x.p.AlternativesGroup is not null && x.p.Mandatory)
            .GroupBy(x => x.p.AlternativesGroup!, StringComparer.Ordinal);
        foreach (var group in groups.Where(g => g.Count() > 1))
        {
            found.Add(Problems.MandatoryAlternatives(group.Key, group.Select(x => x.p.Code.Value))
                .Under(PlanPaths.Programme(group.Skip(1).First().i).Field("alternatives")));
        }
    }

    private static void CheckBudget(MasterplanContent plan, List<Diagnostic> found)
    {
        var seen = new HashSet<(FiscalYear, FundingSource)>();
        foreach (var ceiling in plan.Ceilings)
        {
            var path = PlanPaths.Ceiling(ceiling.Year.Value, ceiling.Source.Key);
            if (!plan.Period.Contains(ceiling.Year))
            {
                found.Add(Problems.CeilingOutsidePeriod(ceiling.Year.Value, plan.Period.First.Value, plan.Period.Last.Value).Under(PlanPaths.Ceiling(ceiling.Year.Value)));
            }

            if (!seen.Add((ceiling.Year, ceiling.Source)))
            {
                found.Add(Problems.DuplicateCeiling(ceiling.Year.Value, ceiling.Source.Key).Under(path));
            }
        }
    }

    private static void CheckTargets(MasterplanContent plan, HashSet<IndicatorCode> indicators, List<Diagnostic> found)
    {
        var seen = new HashSet<(IndicatorCode, FiscalYear)>();
        foreach (var target in plan.Targets)
        {
            if (!indicators.Contains(target.Indicator))
            {
                if (seen.Add((target.Indicator, default)))
                {
                    found.Add(Problems.UnknownIndicator(target.Indicator.Value).Under(PlanPaths.Target(target.Indicator.Value)));
                }

                continue;
            }

            var path = PlanPaths.Target(target.Indicator.Value, target.Year.Value);
            if (!plan.Period.Contains(target.Year))
            {
                found.Add(Problems.TargetOutsidePeriod(target.Year.Value, plan.Period.First.Value, plan.Period.Last.Value).Under(path));
            }

            if (!seen.Add((target.Indicator, target.Year)))
            {
                found.Add(Problems.DuplicateKey(target.Year.ToString()).Under(path));
            }
        }
    }

    private static void CheckReadiness(MasterplanContent plan, List<Diagnostic> found)
    {
        var seen = new HashSet<Dimension>();
        foreach (var assessment in plan.Readiness)
        {
            var path = PlanPaths.Readiness(assessment.Dimension.Key());
            if (!seen.Add(assessment.Dimension))
            {
                found.Add(Problems.DuplicateReadiness(assessment.Dimension.Key()).Under(path));
            }

            foreach (var pillar in assessment.Pillars.Where(p => !plan.ReadinessScale.Contains(p.Score)))
            {
                found.Add(Problems.OutOfRange(new LocalizedText("skor", "score"), pillar.Score.ToString(CultureInfo.InvariantCulture), plan.ReadinessScale.ToString())
                    .Under(path.Field(pillar.Pillar.ToString().ToLowerInvariant()).Field("score")));
            }
        }
    }

    private static void CheckNarratives(MasterplanContent plan, List<Diagnostic> found)
    {
        foreach (var key in plan.Narratives.GroupBy(n => n.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            found.Add(Problems.DuplicateSection(key).Under(PlanPaths.Narrative(key)));
        }
    }

    private static void CheckScenarios(MasterplanContent plan, HashSet<CriterionCode> criteria, HashSet<ProgrammeCode> programmes, List<Diagnostic> found)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Scenarios.Count; i++)
        {
            var scenario = plan.Scenarios[i];
            var path = PlanPaths.Scenario(i);
            if (!names.Add(scenario.Name))
            {
                found.Add(Problems.DuplicateScenario(scenario.Name).Under(path.Field("name")));
            }

            ForEachUnknown(scenario.ForceIn, programmes, path.Field("forceIn"), c => Problems.UnknownProgramme(c.Value), found);
            ForEachUnknown(scenario.ForceOut, programmes, path.Field("forceOut"), c => Problems.UnknownProgramme(c.Value), found);
            foreach (var weight in scenario.Weights.Where(w => !criteria.Contains(w.Criterion)))
            {
                found.Add(Problems.UnknownCriterion(weight.Criterion.Value).Under(path.Field("weights").Field(weight.Criterion.Value)));
            }

            if (scenario.LastYear is { } last && last < plan.Period.First)
            {
                found.Add(Problems.BadPeriod(plan.Period.First.Value, last.Value).Under(path.Field("lastYear")));
            }
        }
    }

    private static void CheckComparisons(MasterplanContent plan, HashSet<CriterionCode> criteria, List<Diagnostic> found)
    {
        var pairs = new HashSet<(CriterionCode, CriterionCode)>();
        for (var i = 0; i < plan.CriteriaComparisons.Count; i++)
        {
            var comparison = plan.CriteriaComparisons[i];
            var path = "criteria.pairwise".Item(i);
            foreach (var code in new[] { comparison.More, comparison.Less }.Where(c => !criteria.Contains(c)))
            {
                found.Add(Problems.UnknownCriterion(code.Value).Under(path));
            }

            if (!pairs.Add((comparison.More, comparison.Less)) || !pairs.Add((comparison.Less, comparison.More)))
            {
                found.Add(Problems.DuplicateKey($"{comparison.More}/{comparison.Less}").Under(path));
            }
        }
    }

    private static void AddWarnings(MasterplanContent plan, ElementCatalogue? catalogue, List<Diagnostic> found)
    {
        foreach (var dimension in Dimensions.All.Where(d => !plan.Programmes.Any(p => p.Dimension == d && p.QuickWinCandidate)))
        {
            found.Add(Problems.NoQuickWinCandidate(dimension.Key()).Under("programmes"));
        }

        if (catalogue is not null)
        {
            var used = plan.Programmes.Select(p => p.Element).ToHashSet();
            foreach (var element in catalogue.All.Where(e => !used.Contains(e.Code)))
            {
                found.Add(Problems.ElementWithoutProgramme(element.Code.Value).Under("programmes"));
            }
        }

        var targeted = plan.Targets.Select(t => t.Indicator).ToHashSet();
        for (var i = 0; i < plan.Indicators.Count; i++)
        {
            if (!targeted.Contains(plan.Indicators[i].Code))
            {
                found.Add(Problems.IndicatorWithoutTarget(plan.Indicators[i].Code.Value).Under(PlanPaths.Indicator(i).Field("code")));
            }
        }

        for (var i = 0; i < plan.Programmes.Count; i++)
        {
            if (!plan.Programmes[i].IsUnderWay && !plan.Programmes[i].CostKnown)
            {
                found.Add(Problems.NeedsCostEstimate(plan.Programmes[i].Code.Value).Under(PlanPaths.Programme(i).Field("costs")));
            }
        }

        WarnSameNames(plan, found);
        var capped = plan.Ceilings.Select(c => c.Source).ToHashSet();
        foreach (var source in plan.Programmes.SelectMany(p => p.Costs).Select(c => c.Source).Distinct().Where(s => !capped.Contains(s)).Order())
        {
            found.Add(Problems.SourceWithoutCeiling(source.Key).Under("budget"));
        }
    }

    /// <summary>A programme named like an earlier one (ignoring case and outer spaces) is warned about at its name.</summary>
    private static void WarnSameNames(MasterplanContent plan, List<Diagnostic> found)
    {
        var named = new Dictionary<string, ProgrammeCode>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < plan.Programmes.Count; i++)
        {
            var name = plan.Programmes[i].Name.Indonesian.Trim();
            if (!named.TryAdd(name, plan.Programmes[i].Code))
            {
                found.Add(Problems.SameProgrammeName(plan.Programmes[i].Code.Value, named[name].Value, name).Under(PlanPaths.Programme(i).Field("name")));
            }
        }
    }
}
