using Karsa.Documents.Roadmap;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Documents.Building;

/// <summary>Totals of the roadmap's spending used by the summary and the roadmap chapter.</summary>
internal static class SpendingFigures
{
    /// <summary>Total spent per source, sources in their stable order, those with spending only.</summary>
    public static IReadOnlyList<(FundingSource Source, Rupiah Spent)> BySource(BookRoadmap roadmap) =>
        [.. roadmap.Spending.GroupBy(s => s.Source).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Aggregate(Rupiah.Zero, (sum, s) => sum + s.Spent)))
            .Where(x => x.Item2 > Rupiah.Zero)];

    /// <summary>Total spent in all years and sources.</summary>
    public static Rupiah Total(BookRoadmap roadmap) => roadmap.Spending.Aggregate(Rupiah.Zero, (sum, s) => sum + s.Spent);

    /// <summary>Spending on capped source-years and the sum of those ceilings; the share is null without ceilings.</summary>
    public static (Rupiah Spent, Rupiah Ceiling, decimal? Share) Capped(BookRoadmap roadmap)
    {
        var capped = roadmap.Spending.Where(s => s.Ceiling is not null).ToList();
        var spent = capped.Aggregate(Rupiah.Zero, (sum, s) => sum + s.Spent);
        var ceiling = capped.Aggregate(Rupiah.Zero, (sum, s) => sum + s.Ceiling!.Value);
        return (spent, ceiling, ceiling.Value > 0 ? (decimal)spent.Value / ceiling.Value : null);
    }
}
