using System.Diagnostics;
using System.Globalization;
using Karsa.Bench.Observations;
using Karsa.Interchange.Indicators;
using Karsa.Storage;
using Karsa.Storage.Monitoring;

// Imports regions x indicators x months observations from a generated CSV (';'-separated, decimal
// commas) through ObservationsCsv and ObservationStore into fresh databases, twice (the second import
// changes nothing), printing elapsed seconds and this process's peak working set.
// PostgreSQL: the server in KARSA_BENCH_POSTGRES or KARSA_TEST_POSTGRES (a database is created and dropped).
// Usage: dotnet run -c Release --project bench/Karsa.Bench.Observations -- [postgres,sqlite] [regions=100] [indicators=100] [months=100]
var providers = (args.Length > 0 ? args[0] : "postgres,sqlite").Split(',');
int Arg(int at, int fallback) => args.Length > at ? int.Parse(args[at], CultureInfo.InvariantCulture) : fallback;
var shape = new ObservationsFile(Arg(1, 100), Arg(2, 100), Arg(3, 100));
var folder = Directory.CreateTempSubdirectory("karsa-bench-observations-");
var csv = Path.Combine(folder.FullName, "observations.csv");
var clock = Stopwatch.StartNew();
shape.Write(csv);
Console.WriteLine($"generated {shape.Count:N0} observations ({new FileInfo(csv).Length / 1e6:0.0} MB) in {clock.Elapsed.TotalSeconds:0.0} s; {Environment.ProcessorCount} cores");

foreach (var provider in providers)
{
    using var database = BenchDatabase.Create(provider, folder.FullName);
    var store = ObservationStore.Open(DatabaseLocation.Parse(database.Db));
    await store.MigrateAsync();
    for (var pass = 1; pass <= 2; pass++)
    {
        clock.Restart();
        var outcome = await store.UpsertAsync(ObservationsCsv.ReadFile(csv).Select(RegionObservation.From), "bench", DateTimeOffset.UtcNow);
        var seconds = clock.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"{provider} import {pass}: {outcome.Read:N0} read, {outcome.Written:N0} written in {seconds:0.0} s "
            + $"({outcome.Read / seconds:N0}/s); peak working set {self.PeakWorkingSet64 / 1048576.0:0} MiB");
    }

    var counts = await store.ReportedCountsAsync();
    Console.WriteLine($"{provider}: {counts.Count} regions, {counts.Sum(c => c.Indicators):N0} reported indicators");
}

folder.Delete(recursive: true);
