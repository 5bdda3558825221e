using Karsa.Domain.Primitives;
using Karsa.Domain.Roadmaps;
using Karsa.Planning.Roadmaps;

namespace Karsa.Application.Roadmaps;

/// <summary>
/// A planned roadmap as a job keeps it (JSON): the roadmap document in both languages (its facts come
/// from the roadmap's <see cref="RoadmapView"/>), the form it would be adopted in, and the scenario's
/// difference from the baseline when one was planned.
/// </summary>
/// <param name="Indonesian">The roadmap document in Indonesian.</param>
/// <param name="English">The roadmap document in English.</param>
/// <param name="Adoption">What adopting this roadmap stores in the draft.</param>
/// <param name="Scenario">The scenario it was planned under, with its difference from the baseline; null for the plan's own budget.</param>
public sealed record RoadmapJobResult(RoadmapDocument Indonesian, RoadmapDocument English, AdoptionData Adoption, ScenarioSummary? Scenario)
{
    /// <summary>The result of a planned roadmap.</summary>
    public static RoadmapJobResult From(RoadmapAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var scenario = answer.Scenario;
        return new RoadmapJobResult(
            RoadmapDocument.From(answer.Roadmap, Language.Indonesian),
            RoadmapDocument.From(answer.Roadmap, Language.English),
            AdoptionData.Of(answer.Roadmap.Adopt(scenario?.Scenario.Name)),
            scenario?.Diff is { } diff
                ? new ScenarioSummary(scenario.Scenario.Name, Math.Round(diff.ValueBefore, 4), Math.Round(diff.ValueAfter, 4),
                    diff.Describe(Language.Indonesian), diff.Describe(Language.English))
                : null);
    }

    /// <summary>The document in <paramref name="language"/>.</summary>
    public RoadmapDocument In(Language language) => language == Language.English ? English : Indonesian;
}

/// <summary>An adopted roadmap as plain data.</summary>
/// <param name="Starts">Each programme's start year (null: not scheduled), by code, in the plan's order.</param>
/// <param name="QuickWins">The quick wins.</param>
/// <param name="Scenario">The scenario; null for the plan's own budget.</param>
/// <param name="Value">The value.</param>
/// <param name="Bound">The bound; null for greedy.</param>
public sealed record AdoptionData(IReadOnlyList<AdoptionStart> Starts, IReadOnlyList<string> QuickWins, string? Scenario, decimal Value, decimal? Bound)
{
    /// <summary>The data of <paramref name="adopted"/>.</summary>
    public static AdoptionData Of(AdoptedRoadmap adopted)
    {
        ArgumentNullException.ThrowIfNull(adopted);
        return new(
            [.. adopted.Programmes.Select(p => new AdoptionStart(p.Programme.Value, p.Start?.Value))],
            [.. adopted.QuickWins.Select(q => q.Value)], adopted.Scenario, adopted.Value, adopted.Bound);
    }

    /// <summary>The adopted roadmap again (its invariants checked anew).</summary>
    public AdoptedRoadmap ToAdopted() => new(
        Starts.Select(s => new AdoptedStart(new ProgrammeCode(s.Code), s.Start is { } year ? new FiscalYear(year) : null)).ToValueList(),
        QuickWins.Select(q => new ProgrammeCode(q)).ToValueList(), Scenario, Value, Bound);
}

/// <summary>One programme's adopted start.</summary>
/// <param name="Code">The programme code.</param>
/// <param name="Start">The start year; null when not scheduled.</param>
public sealed record AdoptionStart(string Code, int? Start);

/// <summary>A scenario's difference from the baseline, in both languages.</summary>
/// <param name="Name">The scenario.</param>
/// <param name="ValueBefore">The baseline's value.</param>
/// <param name="ValueAfter">The scenario's value.</param>
/// <param name="Indonesian">The differences, one line each, in Indonesian.</param>
/// <param name="English">The same in English.</param>
public sealed record ScenarioSummary(string Name, double ValueBefore, double ValueAfter, IReadOnlyList<string> Indonesian, IReadOnlyList<string> English);

/// <summary>Two roadmaps side by side (the baseline is a side without a scenario).</summary>
/// <param name="First">The first side.</param>
/// <param name="Second">The second side.</param>
public sealed record ScenarioComparison(RoadmapJobResult First, RoadmapJobResult Second);
