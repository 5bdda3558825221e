using System.Diagnostics;
using System.Globalization;
using Karsa.Application.Books;
using Karsa.Documents;
using Karsa.Documents.Rendering.Docx;
using Karsa.Documents.Rendering.Html;
using Karsa.Documents.Rendering.Pdf;
using Karsa.Documents.Roadmap;
using Karsa.Domain.Primitives;
using Karsa.Planning.Roadmaps;

// Times the masterplan book: book model, DOCX, HTML and PDF (browser start included), with the peak
// working set of this process (Chromium's own memory is not included). The plan is a plan file, or a
// seeded synthetic plan of N programmes (Karsa.Planning's SyntheticPlans). The book shows the roadmap the
// planner finds in [solve=10] seconds (solved once, before the timing: the book as after adoption);
// solve=0 books every programme unscheduled at its earliest start instead.
// Usage: dotnet run -c Release --project bench/Karsa.Bench.Documents -- [FILE|N=50] [formats=docx,html,pdf] [runs=3] [solve=10]
var source = args.Length > 0 ? args[0] : "50";
var formats = (args.Length > 1 ? args[1] : "docx,html,pdf").Split(',');
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var solveSeconds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10;
var output = Directory.CreateTempSubdirectory("karsa-bench-");
var plan = File.Exists(source)
    ? Karsa.Interchange.PlanReader.ReadFile(source).Plan ?? throw new InvalidDataException($"{source} is not a valid plan: run karsa validate")
    : Karsa.Planning.Benchmarks.SyntheticPlans.Generate(int.Parse(source, CultureInfo.InvariantCulture), seed: 42);

var roadmap = BookRoadmap.Unscheduled(plan);
if (solveSeconds > 0)
{
    var solved = new RoadmapPlanner(new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(solveSeconds) }).Plan(plan).Value;
    roadmap = RenderBook.BookRoadmapOf(solved, Language.Indonesian);
    Console.WriteLine($"roadmap: solved in {solveSeconds} s or less, {(solved.ProvenOptimal ? "proven optimal" : "not proven optimal")} (not timed)");
}

double Time(Action action)
{
    var best = double.MaxValue;
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        action();
        best = Math.Min(best, clock.Elapsed.TotalSeconds);
    }

    return best;
}

Console.WriteLine($"plan: {source}, {plan.Programmes.Count} programmes, best of {runs} runs, {Environment.ProcessorCount} cores");
var build = Time(() => MasterplanBook.Build(plan, roadmap));
Console.WriteLine($"book model: {build:0.000} s");
foreach (var format in formats)
{
    var path = Path.Combine(output.FullName, "book." + format);
    var seconds = Time(() =>
    {
        var book = MasterplanBook.Build(plan, roadmap);
        switch (format)
        {
            case "docx":
                DocxBookWriter.WriteFile(book, path);
                break;
            case "html":
                HtmlBookWriter.WriteFile(book, path);
                break;
            case "pdf":
                PdfBookPrinter.PrintAsync(book, path).GetAwaiter().GetResult();
                break;
            default:
                throw new ArgumentException($"unknown format {format}");
        }
    });
    Console.WriteLine($"{format}: {seconds:0.000} s (model included), {new FileInfo(path).Length / 1024} KiB");
}

Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
output.Delete(recursive: true);
