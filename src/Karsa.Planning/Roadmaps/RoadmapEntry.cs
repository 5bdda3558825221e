using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Planning.Scoring;

namespace Karsa.Planning.Roadmaps;

/// <summary>Whether a programme made it into the roadmap.</summary>
public enum ProgrammeStatus
{
    /// <summary>In the roadmap with a start year.</summary>
    Scheduled,

    /// <summary>Left out.</summary>
    Excluded,
}

/// <summary>One programme's place in a roadmap, with the reasons behind it.</summary>
public sealed record RoadmapEntry
{
    /// <summary>The programme.</summary>
    public required Programme Programme { get; init; }

    /// <summary>Scheduled or excluded.</summary>
    public required ProgrammeStatus Status { get; init; }

    /// <summary>First year of its run, when scheduled.</summary>
    public FiscalYear? Start { get; init; }

    /// <summary>Last year of its run, when scheduled.</summary>
    public FiscalYear? End { get; init; }

    /// <summary>Its term (quick win, short, medium, long), when scheduled.</summary>
    public Term? Term { get; init; }

    /// <summary>True when it is one of the roadmap's quick wins.</summary>
    public bool QuickWin { get; init; }

    /// <summary>Its priority score with the per-criterion explanation.</summary>
    public required ProgrammeScore Score { get; init; }

    /// <summary>Value it adds (score times years of benefit), in plan units; 0 when excluded.</summary>
    public double Value { get; init; }

    /// <summary>Why it is out or later than its earliest year, in one sentence; empty otherwise.</summary>
    public IReadOnlyList<LocalizedText> Reasons { get; init; } = [];

    /// <summary>What blocks it at each start year before its own (or in its window), for an appendix table.</summary>
    public IReadOnlyList<StartReason> ReasonDetail { get; init; } = [];

    /// <summary>What it would take to bring it in at its earliest year, when that was worked out.</summary>
    public LocalizedText? WhatItTakes { get; init; }

    /// <summary>Programme code.</summary>
    public ProgrammeCode Code => Programme.Code;

    /// <summary>Reasons and the "what it would take" line in one language.</summary>
    public IReadOnlyList<string> ReasonsIn(Language language) =>
        [.. Reasons.Select(r => r.In(language)), .. WhatItTakes is null ? Array.Empty<string>() : [WhatItTakes.In(language)]];
}
