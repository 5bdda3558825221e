using System.CommandLine;
using System.Globalization;
using Karsa.Application.Indicators;
using Karsa.Cli.Output;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;
using Spectre.Console;

namespace Karsa.Cli.Commands;

/// <summary>
/// <c>karsa indicators import REGION FILE</c>: records a region's observations from a CSV file (all or
/// nothing); <c>karsa indicators status REGION [--as-of DATE]</c>: the indicator dashboard of its
/// newest published plan (status per indicator, counts, WCCD level); <c>karsa indicators definitions FILE
/// [--region REGION]</c>: stores a definitions file for a region or the installation.
/// </summary>
internal static class IndicatorsCommand
{
    public static Command Create(CliContext context) =>
        new("indicators", context.T("Indikator: impor pengamatan dan status terhadap target", "Indicators: import observations and status against targets"))
        {
            Import(context), Status(context), LoadDefinitions(context),
        };

    private static Command LoadDefinitions(CliContext context)
    {
        var file = new Argument<string>("FILE")
        {
            Description = context.T("Berkas definisi indikator (YAML)", "Indicator definitions file (YAML)"),
        };
        var region = new Option<string?>("--region")
        {
            Description = context.T("Kode wilayah yang memakai berkas ini (tanpa opsi ini: seluruh instalasi)",
                "Region code that uses this file (without it: the whole installation)"),
            HelpName = "REGION",
        };
        var db = CommonOptions.Database(context);
        var command = new Command("definitions", context.T(
            "Menyimpan berkas definisi indikator (mis. indikator ISO dengan jenisnya) untuk wilayah atau instalasi; menggantikan berkas sebelumnya",
            "Store an indicator definitions file (e.g. the ISO indicators with their kinds) for a region or the installation; replaces the one before"))
        { file, region, db };
        command.SetAction(async (parse, cancel) =>
        {
            var path = parse.GetValue(file)!;
            string text;
            try
            {
                text = await File.ReadAllTextAsync(path, cancel);
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine(FileErrors.Describe(problem, context));
                return ExitCodes.FileError;
            }

            var result = await DefinitionsLoad.LoadAsync(parse.GetValue(db), parse.GetValue(region), text, path, Environment.UserName, DateTimeOffset.UtcNow, cancel);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            var done = result.Value;
            var scope = done.Scope.Length == 0 ? context.T("instalasi", "the installation") : done.Scope;
            context.Out.WriteLine(context.T(
                $"{N(done.Definitions)} definisi disimpan untuk {scope}; katalog ISO 37120: {N(done.IsoCore)} inti, {N(done.IsoSupporting)} pendukung",
                $"{N(done.Definitions)} definitions stored for {scope}; ISO 37120 catalogue: {N(done.IsoCore)} core, {N(done.IsoSupporting)} supporting"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string?> Definitions(CliContext context) => new("--definitions")
    {
        Description = context.T(
            "Berkas definisi indikator milik Anda (YAML, mis. indikator ISO dengan jenis inti/pendukung); lihat docs/monitoring/indicators.md",
            "Your indicator definitions file (YAML, e.g. the ISO indicators with their core/supporting kind); see docs/monitoring/indicators.md"),
        HelpName = "FILE",
    };

    private static Command Import(CliContext context)
    {
        var region = CommonOptions.Region(context);
        var definitions = Definitions(context);
        var file = new Argument<string>("FILE")
        {
            Description = context.T("Berkas CSV pengamatan (region;framework;code;period;value;source[;evidence])",
                "Observations CSV file (region;framework;code;period;value;source[;evidence])"),
        };
        var db = CommonOptions.Database(context);
        var command = new Command("import", context.T(
            "Mencatat pengamatan indikator wilayah dari berkas CSV; satu kesalahan saja: tidak ada yang disimpan",
            "Record a region's indicator observations from a CSV file; any error: nothing is stored"))
        { region, file, definitions, db };
        command.SetAction(async (parse, cancel) =>
        {
            var import = ObservationImport.FromFile(parse.GetValue(region)!, parse.GetValue(file)!, Environment.UserName) with
            {
                DefinitionsFile = parse.GetValue(definitions),
            };
            var result = await IndicatorUseCases.ImportAsync(parse.GetValue(db), import, DateTimeOffset.UtcNow, cancel);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            var done = result.Value;
            context.Out.WriteLine(context.T(
                $"{done.Region}: {N(done.Read)} pengamatan dibaca, {N(done.Written)} baru atau berubah",
                $"{done.Region}: {N(done.Read)} observations read, {N(done.Written)} new or changed"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Status(CliContext context)
    {
        var region = CommonOptions.Region(context);
        var asOf = new Option<string?>("--as-of")
        {
            Description = context.T("Tanggal status (yyyy-MM-dd; bawaan: hari ini)", "Status date (yyyy-MM-dd; default: today)"),
            HelpName = "DATE",
        };
        var definitions = Definitions(context);
        var db = CommonOptions.Database(context);
        var command = new Command("status", context.T(
            "Status indikator masterplan terbit: nilai terakhir, target, status pada lintasan, tingkat WCCD",
            "Indicator status of the published masterplan: latest value, target, status on the trajectory, WCCD level"))
        { region, asOf, definitions, db };
        command.SetAction(async (parse, cancel) =>
        {
            var text = parse.GetValue(asOf);
            var day = DateOnly.FromDateTime(DateTime.UtcNow);
            if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                context.Error.WriteLine(context.T($"--as-of '{text}' bukan tanggal yyyy-MM-dd.", $"--as-of '{text}' is not a yyyy-MM-dd date."));
                return ExitCodes.Usage;
            }

            var result = await IndicatorUseCases.DashboardAsync(parse.GetValue(db), parse.GetValue(region)!, day, parse.GetValue(definitions), cancel);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            Print(context, result.Value);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(CliContext context, IndicatorDashboard dashboard)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in new[]
                 {
                     context.T("Kode", "Code"), context.T("Indikator", "Indicator"), context.T("Terakhir", "Latest"), context.T("Periode", "Period"),
                     context.T("Target", "Target"), context.T("Status", "Status"),
                 })
        {
            table.AddColumn(header);
        }

        foreach (var line in dashboard.Lines)
        {
            var latest = line.Standing.Latest;
            table.AddRow(
                Markup.Escape(line.Indicator.Code.Value),
                Markup.Escape(line.Indicator.Name.In(context.Language)),
                latest is null ? "-" : Markup.Escape($"{IndonesianNumbers.FormatDecimal(latest.Value)} {line.Indicator.Unit}"),
                latest is null ? "-" : latest.Period.ToString(),
                line.FinalTarget is { } t ? Markup.Escape($"{IndonesianNumbers.FormatDecimal(t.Value)} ({t.Year})") : "-",
                StatusName(context, line.Standing.Status));
        }

        context.Out.WriteLine(context.T(
            $"{dashboard.RegionName} ({dashboard.Region}), masterplan terbit versi {dashboard.Version}, status per {dashboard.AsOf:yyyy-MM-dd}",
            $"{dashboard.RegionName} ({dashboard.Region}), published masterplan version {dashboard.Version}, status as of {dashboard.AsOf:yyyy-MM-dd}"));
        Terminal.For(context.Out).Write(table);
        var c = dashboard.Counts;
        context.Out.WriteLine(context.T(
            $"Sesuai jalur {c.OnTrack}, berisiko {c.AtRisk}, keluar jalur {c.OffTrack}, belum dilaporkan {c.NotReported}, kedaluwarsa {c.Stale}, tanpa target {c.NoTrajectory}",
            $"On track {c.OnTrack}, at risk {c.AtRisk}, off track {c.OffTrack}, not reported {c.NotReported}, stale {c.Stale}, no trajectory {c.NoTrajectory}"));
        var w = dashboard.Wccd;
        context.Out.WriteLine(context.T(
            $"WCCD (ISO 37120): inti {w.Core} dari 46, pendukung {w.Supporting}, tingkat {Level(context, w.Level)}",
            $"WCCD (ISO 37120): core {w.Core} of 46, supporting {w.Supporting}, level {Level(context, w.Level)}"));
    }

    private static string StatusName(CliContext context, IndicatorStatus status) => status switch
    {
        IndicatorStatus.OnTrack => context.T("sesuai jalur", "on track"),
        IndicatorStatus.AtRisk => context.T("berisiko", "at risk"),
        IndicatorStatus.OffTrack => context.T("keluar jalur", "off track"),
        IndicatorStatus.NotReported => context.T("belum dilaporkan", "not reported"),
        IndicatorStatus.Stale => context.T("kedaluwarsa", "stale"),
        _ => context.T("tanpa target", "no trajectory"),
    };

    private static string Level(CliContext context, WccdLevel level) => level == WccdLevel.None ? context.T("belum ada", "none") : level.ToString();

    private static string N(long value) => IndonesianNumbers.FormatInteger(value);
}
