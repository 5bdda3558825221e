using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Reports;

/// <summary>
/// What an agency reports about one programme for one fiscal year: its status, its progress (given,
/// or the status's default), the money realised that year per funding source, its milestones, notes
/// and evidence. Invariants: progress within 0..100 and agreeing with the status (0 when not started,
/// 100 when completed); one amount per funding source; evidence ids unique; notes at most
/// <see cref="MaxNotesLength"/> characters. Problems name their field (<c>percent</c>,
/// <c>realised.apbd</c>, <c>evidence.ID</c>, <c>notes</c>).
/// </summary>
public sealed record ProgressReport
{
    /// <summary>The longest notes accepted, in characters.</summary>
    public const int MaxNotesLength = 4000;

    /// <summary>Creates a report, checking its invariants.</summary>
    public ProgressReport(ProgrammeReference programme, FiscalYear year, ProgressStatus status, decimal? percent,
        ValueList<RealisedSpending> realised = default, ValueList<Milestone> milestones = default, string? notes = null,
        ValueList<EvidenceReference> evidence = default)
    {
        ArgumentNullException.ThrowIfNull(status);
        var progress = ProgressFields.Percent(percent ?? status.DefaultPercent, new LocalizedText("kemajuan", "progress"), "percent");
        status.CheckAgrees(progress, "percent");
        ProgressFields.Unique(realised, r => r.Source, "realised");
        ProgressFields.Unique(evidence, e => e.Id, "evidence");
        Notes = ProgressFields.Bounded(notes, new LocalizedText("catatan", "notes"), MaxNotesLength, "notes");
        (Programme, Year, Status, Percent, Realised, Milestones, Evidence) = (programme, year, status, progress, realised, milestones, evidence);
    }

    /// <summary>The programme reported on.</summary>
    public ProgrammeReference Programme { get; }

    /// <summary>The fiscal year reported.</summary>
    public FiscalYear Year { get; }

    /// <summary>The status, as the status list defined it when the report was made.</summary>
    public ProgressStatus Status { get; }

    /// <summary>Cumulative progress of the programme at the end of the year, 0..100.</summary>
    public decimal Percent { get; }

    /// <summary>Money realised in the year, per funding source.</summary>
    public ValueList<RealisedSpending> Realised { get; }

    /// <summary>The programme's milestones as known at the report.</summary>
    public ValueList<Milestone> Milestones { get; }

    /// <summary>Free-text notes; null when none.</summary>
    public string? Notes { get; }

    /// <summary>The evidence files.</summary>
    public ValueList<EvidenceReference> Evidence { get; }

    /// <summary>Money realised in the year from <paramref name="source"/>.</summary>
    public Rupiah RealisedFrom(string source) => Realised.Where(r => r.Source == source).Aggregate(Rupiah.Zero, (sum, r) => sum + r.Amount);
}
