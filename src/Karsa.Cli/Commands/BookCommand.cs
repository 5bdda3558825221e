using System.CommandLine;
using Karsa.Cli.Composition;
using Karsa.Cli.Output;
using Karsa.Documents;
using Karsa.Documents.Model;
using Karsa.Documents.Rendering.Docx;
using Karsa.Documents.Rendering.Html;
using Karsa.Documents.Rendering.Pdf;
using Karsa.Domain.Plans;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;
using Spectre.Console;

namespace Karsa.Cli.Commands;

/// <summary>
/// <c>karsa book FILE|REGION [--volume 1|2|all] [--format docx|html|pdf] [--lang id|en] [--out PATH]</c>:
/// Buku I and Buku II of the masterplan, with the optimal roadmap.
/// </summary>
internal static class BookCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("FILE|REGION") { Description = context.T("Berkas rencana, atau kode wilayah yang tersimpan", "Plan file, or the code of a stored region") };
        var volume = new Option<string>("--volume") { Description = context.T("1 = Buku I Analisis Strategis, 2 = Buku II Masterplan, all = keduanya", "1 = Buku I Analisis Strategis, 2 = Buku II Masterplan, all = both"), DefaultValueFactory = _ => "all" };
        volume.AcceptOnlyFromAmong("1", "2", "all");
        var format = new Option<string>("--format") { Description = context.T("docx, html atau pdf", "docx, html or pdf"), DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx", "html", "pdf");
        var output = new Option<string?>("--out", "-o") { Description = context.T("Berkas tujuan (bawaan: KODE-masterplan.FORMAT)", "Output file (default: CODE-masterplan.FORMAT)"), HelpName = "PATH" };
        var timeLimit = new Option<double>("--time-limit") { Description = context.T("Batas waktu penyusunan peta jalan, detik", "Roadmap solver time limit, seconds"), DefaultValueFactory = _ => 10, HelpName = "SECONDS" };
        var chromium = new Option<string?>("--chromium") { Description = context.T("Lokasi Chromium untuk PDF (bawaan: KARSA_CHROMIUM, lalu /usr/bin/chromium)", "Chromium for PDF (default: KARSA_CHROMIUM, then /usr/bin/chromium)"), HelpName = "PATH" };
        var version = CommonOptions.Version(context);
        var db = CommonOptions.Database(context);
        var command = new Command("book", context.T(
            "Menulis buku masterplan (Buku I dan Buku II) sebagai DOCX, HTML atau PDF",
            "Write the masterplan book (Buku I and Buku II) as DOCX, HTML or PDF"))
        { source, volume, format, output, timeLimit, chromium, version, db };
        command.SetAction(async (parse, cancel) =>
        {
            var plan = await PlanSource.LoadAsync(context, parse.GetValue(source)!, parse.GetValue(db), parse.GetValue(version), cancel);
            if (plan is null)
            {
                return ExitCodes.InvalidInput;
            }

            var chosenFormat = parse.GetValue(format)!;
            var volumes = parse.GetValue(volume) switch { "1" => BookVolumes.StrategicAnalysis, "2" => BookVolumes.Masterplan, _ => BookVolumes.All };
            var path = Path.GetFullPath(parse.GetValue(output) ?? DefaultPath(plan, volumes, chosenFormat));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var planned = Progresses.Solving(context, progress => new RoadmapPlanner(new PlannerOptions
            {
                TimeLimit = TimeSpan.FromSeconds(parse.GetValue(timeLimit)),
                Solver = new SolverSettings { Progress = progress.Solver },
            }).Plan(plan, cancellationToken: cancel));
            if (planned.Error is { } error)
            {
                context.Error.WriteLine(error.Message(context.Language));
                return ExitCodes.Infeasible;
            }

            var roadmap = BookRoadmaps.From(planned.Roadmap!, context.Language);
            var book = StatusDisplay.Run(context, context.T("Menulis buku...", "Writing the book..."), (BookProgress p) => Progresses.Book(context, p),
                progress => MasterplanBook.Build(plan, roadmap, new BookOptions(context.Language, volumes), progress));
            try
            {
                await Render(book, chosenFormat, path, parse.GetValue(chromium), cancel);
            }
            catch (PdfPrintException failed)
            {
                context.Error.WriteLine(context.T("Chromium gagal mencetak PDF: ", "Chromium could not print the PDF: ") + failed.Message);
                return ExitCodes.MissingTool;
            }
            catch (ChromiumNotFoundException missing)
            {
                context.Error.WriteLine(context.T(
                    "Chromium tidak ditemukan untuk mencetak PDF. Pasang dengan `apt-get install chromium` atau isi KARSA_CHROMIUM dengan lokasinya; DOCX dan HTML tetap dapat dibuat tanpa peramban.",
                    missing.Message));
                return ExitCodes.MissingTool;
            }

            context.Out.WriteLine(context.T($"Buku ditulis: {path}", $"Book written: {path}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Task Render(Book book, string format, string path, string? chromium, CancellationToken cancel)
    {
        switch (format)
        {
            case "pdf":
                return PdfBookPrinter.PrintAsync(book, path, new PdfPrintOptions(chromium), cancel);
            case "html":
                HtmlBookWriter.WriteFile(book, path);
                return Task.CompletedTask;
            default:
                DocxBookWriter.WriteFile(book, path);
                return Task.CompletedTask;
        }
    }

    private static string DefaultPath(Masterplan plan, BookVolumes volumes, string format)
    {
        var suffix = volumes switch { BookVolumes.StrategicAnalysis => "-buku1", BookVolumes.Masterplan => "-buku2", _ => string.Empty };
        return $"{plan.Content.Region.Code.Value}-masterplan{suffix}.{format}";
    }
}
