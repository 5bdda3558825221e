using System.Diagnostics;
using System.Globalization;
using Karsa.Documents;
using Karsa.Documents.Rendering.Docx;
using Karsa.Documents.Rendering.Html;
using Karsa.Documents.Rendering.Pdf;
using Karsa.Documents.Roadmap;

// Times the masterplan book: book model, DOCX, HTML and PDF (browser start included), with the peak
// working set of this process (Chromium's own memory is not included). The plan is a plan file, or a
// seeded synthetic plan of N programmes (Karsa.Planning's SyntheticPlans).
// Usage: dotnet run -c Release --project bench/Karsa.Bench.Documents -- [FILE|N=50] [formats=docx,html,pdf] [runs=3]
var source = args.Length > 0 ? args[0] : "50";
var formats = (args.Length > 1 ? args[1] : "docx,html,pdf").Split(',');
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var output = Directory.CreateTempSubdirectory("karsa-bench-");
var plan = File.Exists(source)
    ? Karsa.Interchange.PlanReader.ReadFile(source).Plan ?? throw new InvalidDataException($"{source} is not a valid plan: run karsa validate")
    : Karsa.Planning.Benchmarks.SyntheticPlans.Generate(int.Parse(source, CultureInfo.InvariantCulture), seed: 42);

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
var build = Time(() => MasterplanBook.Build(plan, BookRoadmap.Unscheduled(plan)));
Console.WriteLine($"book model: {build:0.000} s");
foreach (var format in formats)
{
    var path = Path.Combine(output.FullName, "book." + format);
    var seconds = Time(() =>
    {
        var book = MasterplanBook.Build(plan, BookRoadmap.Unscheduled(plan));
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
