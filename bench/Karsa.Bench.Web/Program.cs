using System.Globalization;
using Karsa.Bench.Web;

// Usage: dotnet run -c Release --project bench/Karsa.Bench.Web -- [sqlite-file] [postgres-connection-string]
// Seeds the national dataset (514 regions, ~60 programmes and 100 indicators each, all published; 120
// monthly observations per indicator, about 6 million rows; a progress report per programme and plan
// year, 600 a region; two published evaluation cycles) into each database,
// starts the Release web app on it, signs in a ministry evaluator, warms every page once, then drives
// wrk at 32 connections for 20 s per page kind. Prints a Markdown table for docs/benchmarks.md, with
// the web process's CPU time per request (a figure that a busy machine distorts far less than latency).
// Environment: KARSA_BENCH_PORT (default 5197), KARSA_BENCH_PAGES (e.g. "public,dashboard"; default
// public,dashboard,national,indicators,progress,ranking; "ranking-page" adds the HTML ranking),
// KARSA_BENCH_REGIONS (default 514: seed and measure the first N regions only, for a quick run).
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
var count = int.TryParse(Environment.GetEnvironmentVariable("KARSA_BENCH_REGIONS"), CultureInfo.InvariantCulture, out var asked) ? Math.Clamp(asked, 1, 514) : 514;
var pages = (Environment.GetEnvironmentVariable("KARSA_BENCH_PAGES") ?? "public,dashboard,national,indicators,progress,ranking").Split(',', StringSplitOptions.TrimEntries);
var script = Path.Combine(Path.GetTempPath(), $"karsa-wrk-{port}.lua");
var regions = NationalDataset.Regions(count).Select(r => r.Code).ToList();
var provinces = NationalDataset.Regions(count).Select(r => r.Province).Distinct().ToList();
var provinceCodes = regions.Select(r => r[..2]).Distinct().ToList();
var rows = new List<string>();
foreach (var (name, db) in databases)
{
    Console.WriteLine($"{name}: seeding {count} regions of {Programmes} programmes");
    var started = DateTime.UtcNow;
    var seeded = await NationalDataset.SeedAsync(db, count, Programmes);
    Console.WriteLine($"  {seeded} published in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
    started = DateTime.UtcNow;
    var observed = await NationalIndicators.SeedObservationsAsync(db, regions);
    Console.WriteLine($"  {observed:N0} indicator observations stored in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
    started = DateTime.UtcNow;
    var reported = await NationalProgress.SeedAsync(db, regions);
    Console.WriteLine($"  {reported:N0} progress reports stored in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
    started = DateTime.UtcNow;
    var cycles = await NationalEvaluation.SeedAsync(db, regions);
    Console.WriteLine($"  evaluation cycles {string.Join(", ", cycles)} published ({(DateTime.UtcNow - started).TotalSeconds:F0} s)");
    var cycle = cycles[^1];
    await WebServer.CreateEvaluatorAsync(db, "evaluator");
    var address = new Uri($"http://127.0.0.1:{port}");
    await using var server = await WebServer.StartAsync(web, dll, db, address);
    var cookie = await server.SignInAsync("evaluator");
    var token = new RequestHeader("Authorization", "Bearer " + await WebServer.CreateTokenAsync(db, "evaluator"));
    var kinds = new (string Key, string Kind, IReadOnlyList<string> Paths, RequestHeader? Header, double Target)[]
    {
        ("public", "public plan page `/publik/{region}`", [.. regions.Select(r => $"/publik/{r}")], null, 50),
        ("dashboard", "region dashboard `/wilayah/{region}` (signed in)", [.. regions.Select(r => $"/wilayah/{r}")], cookie, 50),
        ("national", "national view `/nasional` (pages and province filters)", ["/nasional", "/nasional?mulai=100", "/nasional?mulai=400", .. provinces.Select(p => $"/nasional?provinsi={Uri.EscapeDataString(p)}")], cookie, 300),
        ("indicators", "indicator dashboard `/publik/{region}/indikator` (first and last page)", [.. regions.SelectMany(r => new[] { $"/publik/{r}/indikator", $"/publik/{r}/indikator?mulai=80" })], null, 300),
        ("progress", "progress `/wilayah/{region}/kemajuan` (signed in)", [.. regions.Select(r => $"/wilayah/{r}/kemajuan")], cookie, 300),
        ("ranking", $"ranking API `/api/v1/evaluation/cycles/{cycle}/ranking` (pages, province filters)",
            [$"/api/v1/evaluation/cycles/{cycle}/ranking", $"/api/v1/evaluation/cycles/{cycle}/ranking?offset=200", $"/api/v1/evaluation/cycles/{cycle}/ranking?offset=450&limit=100",
             .. provinceCodes.Select(p => $"/api/v1/evaluation/cycles/{cycle}/ranking?province={p}")], token, 300),
        ("ranking-page", $"ranking page `/nasional/evaluasi/{cycle}/peringkat`", [$"/nasional/evaluasi/{cycle}/peringkat"], cookie, 300),
    };
    foreach (var (_, kind, paths, kindHeader, target) in kinds.Where(k => pages.Contains(k.Key)))
    {
        // Warm-up: every path once, answered (first reads parse and cache each published version and its
        // page), then wrk for a while so the server's code is compiled for the mix.
        try
        {
            await WarmUp.EveryPathAsync(address, paths, kindHeader);
        }
        catch (InvalidOperationException)
        {
            Console.Error.WriteLine($"The web app's log ({server.LogFile}), last lines:\n{server.Tail(60)}");
            throw;
        }

        await Wrk.RunAsync(address, paths, kindHeader, 4, 1, Math.Max(10, paths.Count / 100), script);
        var cpuBefore = server.ProcessorTime;
        var result = await Wrk.RunAsync(address, paths, kindHeader, Connections, 2, Seconds, script);
        if (result.Errors > 0)
        {
            Console.Error.WriteLine($"{result.Errors} errors ({result.ErrorKinds}); the web app's log ({server.LogFile}), last lines:\n{server.Tail(60)}");
        }

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
