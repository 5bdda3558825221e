using Karsa.Application.Progress;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Interchange.Spreadsheets;
using Karsa.Monitoring.Progress.Measures;
using Spectre.Console;

namespace Karsa.Cli.Output;

/// <summary>What <c>karsa progress</c> prints: a refused workbook's problems, and the progress status.</summary>
internal static class ProgressOutput
{
    /// <summary>The headlines that put a programme on the "behind schedule" list.</summary>
    private static readonly ScheduleState[] Behind =
        [ScheduleState.NotStarted, ScheduleState.Late, ScheduleState.Stalled, ScheduleState.OverBudget, ScheduleState.UnderBudget];

    /// <summary>Every problem of a refused workbook on stderr, one per line, each at its sheet, row and column with what to do; then the count.</summary>
    public static void Problems(CliContext context, string file, IReadOnlyList<SheetProblem> problems)
    {
        foreach (var problem in problems)
        {
            context.Error.WriteLine($"{file}: {problem.Message.In(context.Language)}");
        }

        context.Error.WriteLine(context.T(
            $"{problems.Count} galat; tidak ada yang disimpan. Perbaiki sel yang disebut lalu impor lagi berkas yang sama.",
            $"{problems.Count} error(s); nothing was stored. Fix the cells named and import the same file again."));
    }

    /// <summary>The overview: the rule, the plan's and each dimension's progress, the programmes behind schedule and the money per source.</summary>
    public static void Status(CliContext context, ProgressOverview overview)
    {
        var rollUp = overview.RollUp;
        context.Out.WriteLine(context.T(
            $"{overview.RegionName} ({overview.Region}), masterplan terbit versi {overview.Version}, kemajuan sampai tahun {overview.Year}",
            $"{overview.RegionName} ({overview.Region}), published masterplan version {overview.Version}, progress up to {overview.Year}"));
        if (overview.Agency is { } agency)
        {
            context.Out.WriteLine(context.T($"Program yang dicantumkan: OPD {agency} saja", $"Programmes listed: agency {agency} only"));
        }

        context.Out.WriteLine(context.T("Aturan bobot: ", "Weighting rule: ") + rollUp.Rule.Description.In(context.Language));
        var dimensions = NewTable(context.T("Dimensi", "Dimension"), context.T("Kemajuan", "Progress"), context.T("Bobot", "Weight"));
        dimensions.AddRow(Markup.Escape(context.T("Seluruh rencana", "Whole plan")), Percent(rollUp.Plan.Percent), Percent(100m * rollUp.Plan.Share));
        foreach (var node in rollUp.Plan.Children)
        {
            var name = Dimensions.TryParse(node.Key, out var dimension) ? dimension.Name().In(context.Language) : node.Key;
            dimensions.AddRow(Markup.Escape(name), Percent(node.Percent), Percent(100m * node.Share));
        }

        Terminal.For(context.Out, width: context.Width).Write(dimensions);
        BehindSchedule(context, overview);
        Money(context, overview);
    }

    private static void BehindSchedule(CliContext context, ProgressOverview overview)
    {
        var behind = overview.Programmes.Where(p => Behind.Contains(p.Schedule.Headline)).ToList();
        if (behind.Count == 0)
        {
            context.Out.WriteLine(context.T(
                $"Tidak ada program yang tertinggal atau menyimpang dari anggaran pada {overview.Year}.",
                $"No programme is behind schedule or off budget in {overview.Year}."));
            return;
        }

        context.Out.WriteLine(context.T(
            $"Program yang tertinggal atau menyimpang dari anggaran ({behind.Count}):",
            $"Programmes behind schedule or off budget ({behind.Count}):"));
        var table = NewTable(context.T("Kode", "Code"), context.T("Program", "Programme"), context.T("OPD", "Agency"), context.T("Keadaan", "State"),
            context.T("Alasan", "Reason"));
        foreach (var programme in behind)
        {
            table.AddRow(Markup.Escape(programme.Code.Value), Markup.Escape(programme.Name.In(context.Language)), Markup.Escape(programme.Agency),
                Markup.Escape(ScheduleReasons.Name(programme.Schedule.Headline).In(context.Language)), Markup.Escape(programme.Reason.In(context.Language)));
        }

        Terminal.For(context.Out, width: context.Width).Write(table);
    }

    private static void Money(CliContext context, ProgressOverview overview)
    {
        var money = ProgressMoney.PerSource(overview);
        if (money.Count == 0)
        {
            context.Out.WriteLine(context.T(
                $"Belum ada dana yang direncanakan sampai {overview.Year} untuk program yang dicantumkan.",
                $"No money is planned up to {overview.Year} for the programmes listed."));
            return;
        }

        context.Out.WriteLine(context.T($"Dana sampai {overview.Year}, realisasi terhadap rencana peta jalan:", $"Money up to {overview.Year}, realised against the roadmap's plan:"));
        var table = NewTable(context.T("Sumber dana", "Funding source"), context.T("Rencana", "Planned"), context.T("Realisasi", "Realised"),
            context.T("Realisasi/rencana", "Realised/planned"));
        foreach (var line in money)
        {
            table.AddRow(Markup.Escape(line.Name.In(context.Language)), line.Planned.ToString(), line.Realised.ToString(),
                line.Planned.Value == 0 ? "-" : Percent(100m * line.Realised.Value / line.Planned.Value));
        }

        Terminal.For(context.Out, width: context.Width).Write(table);
    }

    private static Table NewTable(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(Markup.Escape(header));
        }

        return table;
    }

    private static string Percent(decimal value) => IndonesianNumbers.FormatDecimal(value, 1) + " %";
}
