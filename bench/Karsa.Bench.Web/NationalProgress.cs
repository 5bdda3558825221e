using Karsa.Domain.Primitives;
using Karsa.Domain.Regions;
using Karsa.Domain.Roadmaps;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Storage;
using Karsa.Storage.Progress;

namespace Karsa.Bench.Web;

/// <summary>
/// Progress reports for the national dataset: per region, one report per programme of its published plan
/// and per year of the plan's period (60 x 10 = 600 a region), following the adopted roadmap: not started
/// before the programme's start, under way (some stalled) while it runs with money realised from the APBD,
/// completed after its end. Written through <see cref="ProgressStore.ImportAsync(IReadOnlyList{ProgressReport}, IReadOnlyList{Karsa.Storage.Monitoring.RegionObservation}, string, DateTimeOffset, CancellationToken)"/>,
/// one import per region; regions that already have reports are skipped.
/// </summary>
internal static class NationalProgress
{
    private static readonly ProgressStatusList Statuses = ProgressStatusList.Default;

    /// <summary>Stores the reports of every region in <paramref name="regions"/> that has none yet; returns how many it wrote.</summary>
    public static async Task<long> SeedAsync(string database, IReadOnlyList<string> regions)
    {
        var location = DatabaseLocation.Parse(database);
        var plans = await PlanStore.OpenAsync(location);
        var store = ProgressStore.Open(location);
        long written = 0;
        var done = 0;
        foreach (var code in regions)
        {
            var region = new RegionCode(code);
            var head = await plans.HeadAsync(region, publishedOnly: true) ?? throw new InvalidOperationException($"{code} has no published plan");
            if ((await store.ReadAsync(region, head.Version, Statuses)).Count > 0)
            {
                continue;
            }

            var plan = (await plans.LoadAsync(region, head.Version)).Plan;
            var view = RoadmapView.Of(plan, plan.Content.Roadmap ?? throw new InvalidOperationException($"{code} has no adopted roadmap"));
            var period = plan.Content.Period;
            var reports = new List<ProgressReport>();
            foreach (var (programme, index) in plan.Programmes.Select((p, i) => (p, i)))
            {
                var place = view.Of(programme.Code);
                var reference = new ProgrammeReference(region, head.Version, programme.Code);
                for (var year = period.First.Value; year <= period.Last.Value; year++)
                {
                    reports.Add(Report(reference, new FiscalYear(year), place, index));
                }
            }

            var outcome = await store.ImportAsync(reports, [], "bench", DateTimeOffset.UtcNow);
            written += outcome.ReportsChanged;
            if (++done % 50 == 0)
            {
                Console.WriteLine($"  progress: {done} regions, {written:N0} reports");
            }
        }

        return written;
    }

    private static ProgressReport Report(ProgrammeReference programme, FiscalYear year, RoadmapPlace place, int index)
    {
        if (place.Start is not { } start || place.End is not { } end || year.Value < start.Value)
        {
            return new ProgressReport(programme, year, Statuses.Resolve("belum-mulai"), null);
        }

        if (year.Value > end.Value)
        {
            return new ProgressReport(programme, year, Statuses.Resolve("selesai"), null);
        }

        var run = end.Value - start.Value + 1;
        var percent = Math.Clamp(Math.Round(100m * (year.Value - start.Value + 1) / (run + 1), 0), 5m, 95m);
        var status = Statuses.Resolve((index + year.Value) % 9 == 0 ? "terhambat" : "berjalan");
        return new ProgressReport(programme, year, status, percent, [new RealisedSpending("apbd", new Rupiah(50_000_000L * (1 + (index % 7))))],
            notes: $"Laporan triwulan {year.Value}");
    }
}
