using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Application.Progress;

/// <summary>Money planned by the adopted roadmap and realised, up to a fiscal year, for one funding source.</summary>
/// <param name="Source">The funding source.</param>
/// <param name="Name">Its name in the plan.</param>
/// <param name="Planned">Planned money of the listed programmes up to the year.</param>
/// <param name="Realised">Realised money they reported up to the year.</param>
public sealed record SourceMoney(FundingSource Source, LocalizedText Name, Rupiah Planned, Rupiah Realised);

/// <summary>
/// The money of an overview per funding source: the sums of its programmes' budget lines (each the
/// schedule rule's planned and realised money up to the year), in the plan's order of sources.
/// Programmes not judged (not scheduled, not yet due) have no budget lines and add nothing.
/// </summary>
public static class ProgressMoney
{
    /// <summary>The sums per source of <paramref name="overview"/>'s listed programmes.</summary>
    public static IReadOnlyList<SourceMoney> PerSource(ProgressOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var lines = overview.Programmes.SelectMany(p => p.Schedule.Budget).ToList();
        var sources = overview.FundingSources;
        return [.. sources.Sources
            .Select(source => (Source: source, Lines: lines.Where(l => l.Source == source.Key).ToList()))
            .Where(s => s.Lines.Count > 0)
            .Select(s => new SourceMoney(s.Source, sources.Name(s.Source), s.Lines.Aggregate(Rupiah.Zero, (sum, l) => sum + l.Planned), s.Lines.Aggregate(Rupiah.Zero, (sum, l) => sum + l.Realised)))];
    }
}
