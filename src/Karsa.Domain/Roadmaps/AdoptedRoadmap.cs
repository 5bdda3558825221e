using Karsa.Domain.Primitives;

namespace Karsa.Domain.Roadmaps;

/// <summary>One programme's place in an adopted roadmap: its start year, or null when it is not scheduled.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Start">The adopted start year; null: left out of the roadmap.</param>
public sealed record AdoptedStart(ProgrammeCode Programme, FiscalYear? Start);

/// <summary>
/// The roadmap a region adopted: part of the plan, so a published masterplan always shows the same
/// roadmap and never a new solve. It records per programme the adopted start year (or "not
/// scheduled"), which programmes are the quick wins, the scenario it was adopted under (null: the
/// plan's own budget) and the value and bound the planner reported at adoption. Invariants: no
/// programme appears twice; every quick win is scheduled; value and bound are not negative. Whether it
/// fits the plan is judged by <see cref="RoadmapRules"/>.
/// </summary>
public sealed record AdoptedRoadmap
{
    /// <summary>Creates an adopted roadmap, checking its own invariants.</summary>
    public AdoptedRoadmap(ValueList<AdoptedStart> programmes, ValueList<ProgrammeCode> quickWins, string? scenario, decimal value, decimal? bound)
    {
        var seen = new HashSet<ProgrammeCode>();
        foreach (var entry in programmes)
        {
            if (!seen.Add(entry.Programme))
            {
                throw new Diagnostics.DomainException(Diagnostics.Problems.DuplicateKey(entry.Programme.Value).Under($"programmes.{entry.Programme.Value}"));
            }
        }

        var scheduled = programmes.Where(p => p.Start is not null).Select(p => p.Programme).ToHashSet();
        for (var i = 0; i < quickWins.Count; i++)
        {
            if (!scheduled.Contains(quickWins[i]))
            {
                throw new Diagnostics.DomainException(Diagnostics.Problems.QuickWinNotScheduled(quickWins[i].Value).Under($"quickWins[{i}]"));
            }
        }

        if (value < 0 || bound < 0)
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.OutOfRange(value < 0 ? new LocalizedText("nilai", "value") : new LocalizedText("batas atas", "bound"), (value < 0 ? value : bound!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture), ">= 0")
                .Under(value < 0 ? "value" : "bound"));
        }

        (Programmes, QuickWins, Scenario, Value, Bound) = (programmes, quickWins, scenario, value, bound);
    }

    /// <summary>Every programme of the plan at adoption, in the plan's order.</summary>
    public ValueList<AdoptedStart> Programmes { get; }

    /// <summary>The programmes delivered as quick wins.</summary>
    public ValueList<ProgrammeCode> QuickWins { get; }

    /// <summary>The scenario it was adopted under; null for the plan's own budget.</summary>
    public string? Scenario { get; }

    /// <summary>Its value (score-years) as the planner reported it at adoption.</summary>
    public decimal Value { get; }

    /// <summary>The best bound the planner reported at adoption; null when there was none (greedy).</summary>
    public decimal? Bound { get; }

    /// <summary>The adopted start of each scheduled programme.</summary>
    public IReadOnlyDictionary<ProgrammeCode, FiscalYear> Starts =>
        Programmes.Where(p => p.Start is not null).ToDictionary(p => p.Programme, p => p.Start!.Value);
}
