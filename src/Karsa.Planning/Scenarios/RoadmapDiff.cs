using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Planning.Roadmaps;

namespace Karsa.Planning.Scenarios;

/// <summary>A programme that starts in a different year.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="From">Start year before.</param>
/// <param name="To">Start year after.</param>
public sealed record MovedProgramme(ProgrammeCode Programme, FiscalYear From, FiscalYear To);

/// <summary>A programme that came in or went out.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Start">Its start year in the roadmap that has it.</param>
public sealed record ChangedProgramme(ProgrammeCode Programme, FiscalYear Start);

/// <summary>A source's total spending over the horizon before and after.</summary>
/// <param name="Source">The funding source.</param>
/// <param name="Before">Baseline total.</param>
/// <param name="After">Scenario total.</param>
public sealed record SpendChange(FundingSource Source, Rupiah Before, Rupiah After)
{
    /// <summary>After minus before.</summary>
    public Rupiah Delta => After - Before;
}

/// <summary>How a scenario's roadmap differs from the baseline.</summary>
public sealed record RoadmapDiff
{
    /// <summary>Programmes that start in another year.</summary>
    public required IReadOnlyList<MovedProgramme> Moved { get; init; }

    /// <summary>Programmes in the scenario roadmap only.</summary>
    public required IReadOnlyList<ChangedProgramme> Added { get; init; }

    /// <summary>Programmes in the baseline only.</summary>
    public required IReadOnlyList<ChangedProgramme> Dropped { get; init; }

    /// <summary>Baseline value.</summary>
    public required double ValueBefore { get; init; }

    /// <summary>Scenario value.</summary>
    public required double ValueAfter { get; init; }

    /// <summary>Total spending per source, before and after.</summary>
    public required IReadOnlyList<SpendChange> Spend { get; init; }

    /// <summary>The plan's funding sources, which name those of <see cref="Spend"/>.</summary>
    public FundingSourceCatalog FundingSources { get; init; } = FundingSourceCatalog.Defaults;

    /// <summary>Value change.</summary>
    public double ValueDelta => ValueAfter - ValueBefore;

    /// <summary>True when nothing moved, came in or went out.</summary>
    public bool Unchanged => Moved.Count == 0 && Added.Count == 0 && Dropped.Count == 0;

    /// <summary>Compares <paramref name="after"/> with <paramref name="before"/>.</summary>
    public static RoadmapDiff Between(Roadmap before, Roadmap after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.Scheduled.ToDictionary(e => e.Code, e => e.Start!.Value);
        var now = after.Scheduled.ToDictionary(e => e.Code, e => e.Start!.Value);
        var order = before.Programmes.Select(e => e.Code).ToList();
        var catalogue = after.View.FundingSources;
        var sources = before.Spend.Concat(after.Spend).Select(s => s.Source).Distinct().Order(catalogue.Order);
        return new RoadmapDiff
        {
            Moved = [.. order.Where(c => old.ContainsKey(c) && now.TryGetValue(c, out var y) && y != old[c]).Select(c => new MovedProgramme(c, old[c], now[c]))],
            Added = [.. order.Where(c => now.ContainsKey(c) && !old.ContainsKey(c)).Select(c => new ChangedProgramme(c, now[c]))],
            Dropped = [.. order.Where(c => old.ContainsKey(c) && !now.ContainsKey(c)).Select(c => new ChangedProgramme(c, old[c]))],
            ValueBefore = before.Objective,
            ValueAfter = after.Objective,
            Spend = [.. sources.Select(s => new SpendChange(s, Total(before, s), Total(after, s)))],
            FundingSources = catalogue,
        };
    }

    /// <summary>The difference as readable lines.</summary>
    public IReadOnlyList<string> Describe(Language language)
    {
        var en = language == Language.English;
        var lines = new List<string>();
        var percent = ValueBefore == 0 ? 0 : ValueDelta / ValueBefore;
        lines.Add(en
            ? $"Value: {Number(ValueBefore)} -> {Number(ValueAfter)} ({Explanations.Phrases.Percent(percent, language)})"
            : $"Nilai: {Number(ValueBefore)} -> {Number(ValueAfter)} ({Explanations.Phrases.Percent(percent, language)})");
        lines.AddRange(Dropped.Select(d => en ? $"Dropped: {d.Programme} (was {d.Start})" : $"Dikeluarkan: {d.Programme} (semula {d.Start})"));
        lines.AddRange(Added.Select(a => en ? $"Added: {a.Programme} from {a.Start}" : $"Ditambahkan: {a.Programme} mulai {a.Start}"));
        lines.AddRange(Moved.Select(m => en ? $"Moved: {m.Programme} {m.From} -> {m.To}" : $"Dipindah: {m.Programme} {m.From} -> {m.To}"));
        if (Unchanged)
        {
            lines.Add(en ? "No programme moved, came in or went out." : "Tidak ada program yang berpindah, masuk, atau keluar.");
        }

        lines.AddRange(Spend.Where(s => s.Delta != Rupiah.Zero).Select(s => en
            ? $"Spending {FundingSources.Label(s.Source, language)}: {s.Before} -> {s.After} ({Signed(s.Delta)})"
            : $"Belanja {FundingSources.Label(s.Source, language)}: {s.Before} -> {s.After} ({Signed(s.Delta)})"));
        return lines;
    }

    private static Rupiah Total(Roadmap roadmap, FundingSource source) =>
        roadmap.Spend.Where(s => s.Source == source).Aggregate(Rupiah.Zero, (sum, s) => sum + s.Spent);

    private static string Number(double value) => IndonesianNumbers.FormatDecimal((decimal)value, 4);

    private static string Signed(Rupiah amount) => amount.Value > 0 ? "+" + amount : amount.ToString();
}
