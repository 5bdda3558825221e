using System.Globalization;
using Karsa.Bench.Web;

// Usage: dotnet run -c Release --project bench/Karsa.Bench.Web -- [sqlite-file] [postgres-connection-string]
// Seeds the national dataset (514 regions, ~60 programmes and 100 indicators each, all published; 120
// monthly observations per indicator, about 6 million rows) into each database,
// starts the Release web app on it, signs in a ministry evaluator, warms every page once, then drives
// wrk at 32 connections for 20 s per page kind. Prints a Markdown table for docs/benchmarks.md, with
// the web process's CPU time per request (a figure that a busy machine distorts far less than latency).
// Environment: KARSA_BENCH_PORT (default 5197), KARSA_BENCH_PAGES (e.g. "public,dashboard"; default all).
const int Regions = 514;
const int Programmes = 60;
const int Connections = 32;
const int Seconds = 20;
var root = FindRoot();
var web = Path.Combine(root, "src", "Karsa.Web");
var dll = Path.Combine(web, "bin", "Release", "net10.0", "Karsa.Web.dll");
var databases = new List<(string Name, string Db)>();
if (args.Length > 0 && args[0].Length > 0)
{
    databases.Add(("SQLite", args[0]));
}

if (args.Length > 1 && args[1].Length > 0)
{
    databases.Add(("PostgreSQL", args[1]));
}

var port = int.TryParse(Environment.GetEnvironmentVariable("KARSA_BENCH_PORT"), CultureInfo.InvariantCulture, out var chosen) ? chosen : 5197;
var pages = (Environment.GetEnvironmentVariable("KARSA_BENCH_PAGES") ?? "public,dashboard,national").Split(',', StringSplitOptions.TrimEntries);
var script = Path.Combine(Path.GetTempPath(), $"karsa-wrk-{port}.lua");
var regions = NationalDataset.Regions(Regions).Select(r => r.Code).ToList();
var provinces = NationalDataset.Regions(Regions).Select(r => r.Province).Distinct().ToList();
var rows = new List<string>();
foreach (var (name, db) in databases)
{
    Console.WriteLine($"{name}: seeding {Regions} regions of {Programmes} programmes");
    var started = DateTime.UtcNow;
    var seeded = await NationalDataset.SeedAsync(db, Regions, Programmes);
    Console.WriteLine($"  {seeded} published in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
    started = DateTime.UtcNow;
    var observed = await NationalIndicators.SeedObservationsAsync(db, regions);
    Console.WriteLine($"  {observed:N0} indicator observations stored in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
    await WebServer.CreateEvaluatorAsync(db, "evaluator");
    var address = new Uri($"http://127.0.0.1:{port}");
    await using var server = await WebServer.StartAsync(web, dll, db, address);
    var cookie = await server.SignInAsync("evaluator");
    var kinds = new (string Key, string Kind, IReadOnlyList<string> Paths, string? Cookie, double Target)[]
    {
        ("public", "public plan page `/publik/{region}`", [.. regions.Select(r => $"/publik/{r}")], null, 50),
        ("dashboard", "region dashboard `/wilayah/{region}` (signed in)", [.. regions.Select(r => $"/wilayah/{r}")], cookie, 50),
        ("national", "national view `/nasional` (pages and province filters)", ["/nasional", "/nasional?mulai=100", "/nasional?mulai=400", .. provinces.Select(p => $"/nasional?provinsi={Uri.EscapeDataString(p)}")], cookie, 300),
    };
    foreach (var (_, kind, paths, kindCookie, target) in kinds.Where(k => pages.Contains(k.Key)))
    {
        // Warm-up: every path once, answered (first reads parse and cache each published version and its
        // page), then wrk for a while so the server's code is compiled for the mix.
        await WarmUp.EveryPathAsync(address, paths, kindCookie);
        await Wrk.RunAsync(address, paths, kindCookie, 4, 1, Math.Max(10, paths.Count / 100), script);
        var cpuBefore = server.ProcessorTime;
        var result = await Wrk.RunAsync(address, paths, kindCookie, Connections, 2, Seconds, script);
        var cpuPerRequest = (server.ProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(1, result.Count);
        var verdict = result.Errors > 0 ? "MISSED (errors)" : result.P95 < target ? "met" : "MISSED";
        rows.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {kind} | {result.Requests:F0} | {result.P50:F1} | {result.P95:F1} | {result.P99:F1} | {cpuPerRequest:F2} | {result.Errors} | < {target} ms: {verdict} |"));
        Console.WriteLine(rows[^1]);
        Console.WriteLine("  " + result.Command);
    }
}

Console.WriteLine();
Console.WriteLine("| database | page | requests/s | p50 ms | p95 ms | p99 ms | server CPU ms/request | errors | target |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
rows.ForEach(Console.WriteLine);

static string FindRoot()
{
    var folder = new DirectoryInfo(AppContext.BaseDirectory);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Karsa.sln")))
    {
        folder = folder.Parent;
    }

    return folder?.FullName ?? throw new InvalidOperationException("Run from inside the Karsa repository.");
}
