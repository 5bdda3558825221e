using System.CommandLine;
using System.Text;
using Karsa.Application.Evaluation;
using Karsa.Cli.Output;
using Karsa.Documents;
using Karsa.Domain.Primitives;

namespace Karsa.Cli.Commands;

/// <summary>
/// <c>karsa evaluate score CYCLE REGION</c>: a region's index in an evaluation cycle (published, or
/// provisional and labelled); <c>karsa evaluate report CYCLE REGION [--format docx|pdf] [--out FILE]</c>:
/// its published evaluation report; <c>karsa evaluate ranking CYCLE [--province CODE] [--cohort YYYY]
/// [--format csv|xlsx] [--out FILE]</c>: the national ranking as a file. The operator acts as the
/// region's planner, and as the system administrator for the ranking (<see cref="LocalOperator"/>).
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context) =>
        new("evaluate", context.T(
            "Evaluasi kementerian: indeks wilayah, laporan evaluasi terbit dan peringkat nasional",
            "The ministry's evaluation: a region's index, the published evaluation report and the national ranking"))
        {
            Score(context), Report(context), Ranking(context),
        };

    private static Argument<long> Cycle(CliContext context) => new("CYCLE")
    {
        Description = context.T("Nomor siklus evaluasi (seperti di halaman /nasional/evaluasi)", "Evaluation cycle number (as on the page /nasional/evaluasi)"),
    };

    private static Option<string?> Output(CliContext context, string fallback) => new("--out", "-o")
    {
        Description = context.T($"Berkas tujuan (bawaan: {fallback})", $"Output file (default: {fallback})"),
        HelpName = "FILE",
    };

    private static Command Score(CliContext context)
    {
        var cycle = Cycle(context);
        var region = CommonOptions.Region(context);
        var db = CommonOptions.Database(context);
        var command = new Command("score", context.T(
            "Indeks wilayah per dimensi evaluasi, per dimensi smart city dan keseluruhan: hasil terbit, atau indeks sementara dari skor terverifikasi dan penilaian mandiri (diberi label)",
            "The region's index per evaluation dimension, per smart-city dimension and overall: the published result, or a provisional index from verified scores and the self-assessment (labelled)"))
        { cycle, region, db };
        command.SetAction(async (parse, cancel) =>
        {
            var code = parse.GetValue(region)!;
            var result = await ScoreUseCase.ScoresAsync(parse.GetValue(db), LocalOperator.PlannerOf(code), parse.GetValue(cycle), code, cancel);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            EvaluationOutput.Scores(context, result.Value);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Report(CliContext context)
    {
        var cycle = Cycle(context);
        var region = CommonOptions.Region(context);
        var format = new Option<string>("--format") { Description = context.T("docx atau pdf", "docx or pdf"), DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx", "pdf");
        var output = Output(context, context.T("evaluasi-SIKLUS-WILAYAH.FORMAT", "evaluasi-CYCLE-REGION.FORMAT"));
        var chromium = new Option<string?>("--chromium")
        {
            Description = context.T("Lokasi Chromium untuk PDF (bawaan: KARSA_CHROMIUM, lalu /usr/bin/chromium)", "Chromium for PDF (default: KARSA_CHROMIUM, then /usr/bin/chromium)"),
            HelpName = "PATH",
        };
        var db = CommonOptions.Database(context);
        var command = new Command("report", context.T(
            "Menulis laporan evaluasi wilayah yang sudah terbit (DOCX atau PDF): indeks, peringkat, perubahan dan temuan",
            "Write the region's published evaluation report (DOCX or PDF): index, rank, change and findings"))
        { cycle, region, format, output, chromium, db };
        command.SetAction(async (parse, cancel) =>
        {
            var chosen = parse.GetValue(format) == "pdf" ? BookFormat.Pdf : BookFormat.Docx;
            var code = new RegionCode(parse.GetValue(region)!);
            var path = parse.GetValue(output) ?? $"evaluasi-{parse.GetValue(cycle)}-{code}.{parse.GetValue(format)}";
            var request = new EvaluationReportRequest(parse.GetValue(cycle), code, chosen, path, context.Language, parse.GetValue(chromium));
            var result = await ReportUseCase.WriteAsync(parse.GetValue(db), request, cancel);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            context.Out.WriteLine(context.T($"Laporan evaluasi ditulis: {result.Value.Path}", $"Evaluation report written: {result.Value.Path}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Ranking(CliContext context)
    {
        var cycle = Cycle(context);
        var province = new Option<string?>("--province")
        {
            Description = context.T("Hanya wilayah provinsi ini (kode Kemendagri, mis. 33)", "Only the regions of this province (Home Affairs code, e.g. 33)"),
            HelpName = "CODE",
        };
        var cohort = new Option<int?>("--cohort") { Description = context.T("Hanya wilayah angkatan tahun ini", "Only the regions of this cohort year"), HelpName = "YYYY" };
        var format = new Option<string>("--format") { Description = context.T("csv atau xlsx", "csv or xlsx"), DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var output = Output(context, context.T("CSV ke stdout; XLSX ke peringkat-evaluasi-TAHUN.xlsx", "CSV to stdout; XLSX to evaluation-ranking-YEAR.xlsx"));
        var db = CommonOptions.Database(context);
        var command = new Command("ranking", context.T(
            "Peringkat nasional satu siklus terbit (peringkat, indeks per dimensi, perubahan sejak siklus sebelumnya) sebagai CSV atau XLSX",
            "The national ranking of a published cycle (rank, index per dimension, change since the previous cycle) as CSV or XLSX"))
        { cycle, province, cohort, format, output, db };
        command.SetAction(async (parse, cancel) =>
        {
            var chosen = parse.GetValue(format) == "xlsx" ? RankingFormat.Xlsx : RankingFormat.Csv;
            var result = await RankingExport.ExportAsync(parse.GetValue(db), LocalOperator.Administrator, parse.GetValue(cycle), parse.GetValue(province),
                parse.GetValue(cohort), chosen, context.Language, cancel);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            var path = parse.GetValue(output) ?? (chosen == RankingFormat.Xlsx ? result.Value.FileName : null);
            if (path is null)
            {
                context.Out.Write(Encoding.UTF8.GetString(result.Value.Content).TrimStart('\uFEFF'));
                return ExitCodes.Ok;
            }

            AtomicFile.Write(path, stream => stream.Write(result.Value.Content));
            context.Error.WriteLine(context.T($"Ditulis: {path}", $"Written: {path}"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
