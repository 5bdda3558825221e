using System.CommandLine;
using Karsa.Application.Books;
using Karsa.Cli.Output;
using Karsa.Documents;

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
            var request = new BookRequest
            {
                Source = parse.GetValue(source)!,
                Database = parse.GetValue(db),
                Version = parse.GetValue(version),
                Volumes = parse.GetValue(volume) switch { "1" => BookVolumes.StrategicAnalysis, "2" => BookVolumes.Masterplan, _ => BookVolumes.All },
                Format = Enum.Parse<BookFormat>(parse.GetValue(format)!, ignoreCase: true),
                Language = context.Language,
                OutputPath = parse.GetValue(output),
                TimeLimit = TimeSpan.FromSeconds(parse.GetValue(timeLimit)),
                Chromium = parse.GetValue(chromium),
            };
            var result = await UseCaseOutput.WithStatusAsync(context, context.T("Menulis buku...", "Writing the book..."),
                progress => RenderBook.RunAsync(request, progress, cancel));
            UseCaseOutput.Warnings(context, result.Warnings);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            context.Out.WriteLine(context.T($"Buku ditulis: {result.Value.Path}", $"Book written: {result.Value.Path}"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
