using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Domain.Regions;
using Karsa.Monitoring.Indicators;
using Karsa.Storage;
using Karsa.Storage.Monitoring;

namespace Karsa.Bench.Web;

/// <summary>
/// The national dataset's indicators: 100 local indicators per plan (IND-001 ... IND-100, higher is
/// better, baseline 2024, targets for 2029 and 2034) and, per region, one observation a month for ten
/// years (January 2017 to December 2026): 514 x 100 x 120 = 6,168,000 rows.
/// </summary>
internal static class NationalIndicators
{
    /// <summary>Indicators per plan.</summary>
    public const int Count = 100;

    /// <summary>Observed months per indicator.</summary>
    public const int Months = 120;

    private const int FirstYear = 2017;

    /// <summary>The plan's indicator definitions.</summary>
    public static ValueList<Indicator> Definitions { get; } =
        Enumerable.Range(1, Count).Select(i => new Indicator(Code(i), new LocalizedText($"Indikator layanan {i:000}", $"Service indicator {i:000}"), "%",
            IndicatorFramework.Local, IndicatorDirection.HigherIsBetter, baseline: new Measured<decimal>(40m + (i % 20), new FiscalYear(2024)))).ToValueList();

    /// <summary>The plan's targets: mid-term and final.</summary>
    public static ValueList<IndicatorTarget> Targets { get; } =
        Enumerable.Range(1, Count).SelectMany(i => new[]
        {
            new IndicatorTarget(Code(i), new FiscalYear(2029), 60m + (i % 20)),
            new IndicatorTarget(Code(i), new FiscalYear(2034), 80m + (i % 20)),
        }).ToValueList();

    /// <summary>Stores every region's observations, skipping regions that already have them; returns how many rows it wrote.</summary>
    public static async Task<long> SeedObservationsAsync(string database, IReadOnlyList<string> regions)
    {
        var store = ObservationStore.Open(DatabaseLocation.Parse(database));
        await store.MigrateAsync();
        var have = (await store.ReportedCountsAsync()).Select(c => c.Region).ToHashSet(StringComparer.Ordinal);
        long written = 0;
        var done = 0;
        foreach (var code in regions.Where(r => !have.Contains(r)))
        {
            var outcome = await store.UpsertAsync(Observations(new RegionCode(code), done), "bench", DateTimeOffset.UtcNow);
            written += outcome.Written;
            if (++done % 50 == 0)
            {
                Console.WriteLine($"  observations: {done} regions, {written:N0} rows");
            }
        }

        return written;
    }

    /// <summary>One region's observations: a value that climbs towards the target with a seasonal wobble.</summary>
    private static IEnumerable<RegionObservation> Observations(RegionCode region, int salt)
    {
        for (var i = 1; i <= Count; i++)
        {
            for (var month = 0; month < Months; month++)
            {
                var value = 30m + (i % 20) + (month / 4m) + ((month + salt + i) % 7) - 3;
                yield return new RegionObservation(region, IndicatorFramework.Local, Code(i).Value, ObservationPeriod.Month(FirstYear + (month / 12), (month % 12) + 1),
                    value, "BPS Dalam Angka");
            }
        }
    }

    private static IndicatorCode Code(int i) => new($"IND-{i:000}");
}
