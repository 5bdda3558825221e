using System.CommandLine;
using Karsa.Application.Progress;
using Karsa.Cli.Output;
using Karsa.Documents;

namespace Karsa.Cli.Commands;

/// <summary>
/// <c>karsa progress template REGION --agency CODE --year YYYY [--out FILE]</c>: an agency's progress
/// workbook; <c>karsa progress import REGION FILE</c>: a filled workbook back (all or nothing);
/// <c>karsa progress status REGION [--year YYYY] [--agency CODE]</c>: the roll-up, the programmes
/// behind schedule and the money per funding source. The operator acts as the region's planner
/// (<see cref="LocalOperator"/>).
/// </summary>
internal static class ProgressCommand
{
    public static Command Create(CliContext context) =>
        new("progress", context.T(
            "Kemajuan pelaksanaan: lembar kerja OPD (templat dan impor) dan rekap terhadap peta jalan",
            "Implementation progress: agency workbooks (template and import) and the roll-up against the roadmap"))
        {
            Template(context), Import(context), Status(context),
        };

    private static Option<int> Year(CliContext context, bool required)
    {
        var year = new Option<int>("--year")
        {
            Description = required
                ? context.T("Tahun anggaran, mis. 2026", "Fiscal year, e.g. 2026")
                : context.T("Tahun anggaran (bawaan: tahun ini)", "Fiscal year (default: this year)"),
            HelpName = "YYYY",
            Required = required,
        };
        if (!required)
        {
            year.DefaultValueFactory = _ => DateTime.UtcNow.Year;
        }

        return year;
    }

    private static Option<string> Agency(CliContext context, bool required) => new("--agency")
    {
        Description = required
            ? context.T("Kode perangkat daerah (OPD) seperti dalam rencana, mis. DISKOMINFO", "Agency (OPD) code as in the plan, e.g. DISKOMINFO")
            : context.T("Hanya program OPD ini (kode seperti dalam rencana)", "Only this agency's programmes (code as in the plan)"),
        HelpName = "CODE",
        Required = required,
    };

    private static Command Template(CliContext context)
    {
        var region = CommonOptions.Region(context);
        var agency = Agency(context, required: true);
        var year = Year(context, required: true);
        var output = new Option<string?>("--out", "-o")
        {
            Description = context.T("Berkas tujuan (bawaan: kemajuan-WILAYAH-OPD-TAHUN.xlsx)", "Output file (default: kemajuan-REGION-AGENCY-YEAR.xlsx)"),
            HelpName = "FILE",
        };
        var db = CommonOptions.Database(context);
        var command = new Command("template", context.T(
            "Menulis lembar kerja XLSX satu OPD untuk satu tahun: program dan indikatornya dari masterplan terbit, untuk diisi tanpa jaringan",
            "Write one agency's XLSX workbook for one year: its programmes and indicators from the published masterplan, to fill offline"))
        { region, agency, year, output, db };
        command.SetAction(async (parse, cancel) =>
        {
            var code = parse.GetValue(region)!;
            var result = await ProgressSheets.TemplateAsync(parse.GetValue(db), LocalOperator.PlannerOf(code), code, parse.GetValue(agency)!, parse.GetValue(year),
                context.Language, cancel);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            var path = parse.GetValue(output) ?? result.Value.FileName;
            AtomicFile.Write(path, stream => stream.Write(result.Value.Content));
            context.Out.WriteLine(context.T($"Lembar kerja ditulis: {path}", $"Workbook written: {path}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import(CliContext context)
    {
        var region = CommonOptions.Region(context);
        var file = new Argument<string>("FILE")
        {
            Description = context.T("Lembar kerja yang sudah diisi (.xlsx dari 'karsa progress template' atau halaman web)",
                "The filled workbook (.xlsx from 'karsa progress template' or the web page)"),
        };
        var db = CommonOptions.Database(context);
        var command = new Command("import", context.T(
            "Mengimpor lembar kerja OPD yang sudah diisi (OPD dan tahun dibaca dari berkasnya); satu kesalahan saja: tidak ada yang disimpan",
            "Import a filled agency workbook (agency and year are read from the file); any error: nothing is stored"))
        { region, file, db };
        command.SetAction(async (parse, cancel) =>
        {
            var code = parse.GetValue(region)!;
            var path = parse.GetValue(file)!;
            await using var workbook = File.OpenRead(path);
            var result = await ProgressSheets.ImportIdentifiedAsync(parse.GetValue(db), LocalOperator.PlannerOf(code), code, workbook, DateTimeOffset.UtcNow, cancel);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            if (result.Value.Outcome is not { } outcome)
            {
                ProgressOutput.Problems(context, path, result.Value.Problems);
                return ExitCodes.InvalidInput;
            }

            context.Out.WriteLine(outcome.ReportsChanged == 0 && outcome.Observations.Written == 0
                ? context.T(
                    $"Lembar kerja diterima, tidak ada perubahan: {outcome.ReportsRead} laporan program dan {outcome.Observations.Read} nilai indikator sama dengan yang tersimpan.",
                    $"Workbook accepted, no changes: {outcome.ReportsRead} programme reports and {outcome.Observations.Read} indicator values are as stored.")
                : context.T(
                    $"Lembar kerja diterima: {outcome.ReportsChanged} dari {outcome.ReportsRead} laporan program berubah, {outcome.Observations.Written} dari {outcome.Observations.Read} nilai indikator dicatat.",
                    $"Workbook accepted: {outcome.ReportsChanged} of {outcome.ReportsRead} programme reports changed, {outcome.Observations.Written} of {outcome.Observations.Read} indicator values recorded."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Status(CliContext context)
    {
        var region = CommonOptions.Region(context);
        var year = Year(context, required: false);
        var agency = Agency(context, required: false);
        var db = CommonOptions.Database(context);
        var command = new Command("status", context.T(
            "Rekap kemajuan masterplan terbit per dimensi (dengan aturan bobotnya), program yang tertinggal beserta alasannya, dan realisasi dana terhadap rencana per sumber",
            "Progress of the published masterplan per dimension (with its weighting rule), programmes behind schedule with their reason, and money realised against planned per source"))
        { region, year, agency, db };
        command.SetAction(async (parse, cancel) =>
        {
            var code = parse.GetValue(region)!;
            var only = parse.GetValue(agency);
            var actor = only is null ? LocalOperator.PlannerOf(code) : LocalOperator.ReporterOf(code, only);
            var result = await ProgressUseCases.OverviewAsync(parse.GetValue(db), actor, code, parse.GetValue(year), cancel);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            ProgressOutput.Status(context, result.Value);
            return ExitCodes.Ok;
        });
        return command;
    }
}
