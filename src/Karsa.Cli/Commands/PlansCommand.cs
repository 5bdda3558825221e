using System.CommandLine;
using Karsa.Application.Plans;
using Karsa.Cli.Output;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Storage;
using Spectre.Console;

namespace Karsa.Cli.Commands;

/// <summary><c>karsa plans [--db ...]</c>: lists stored regions and their plan versions.</summary>
internal static class PlansCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database(context);
        var command = new Command("plans", context.T("Menampilkan wilayah dan versi rencana yang tersimpan", "List stored regions and plan versions")) { db };
        command.SetAction(async (parse, cancel) =>
        {
            var result = await PlanFileUseCases.ListAsync(parse.GetValue(db), cancel);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            var plans = result.Value.Versions;
            if (plans.Count == 0)
            {
                context.Error.WriteLine(context.T(
                    $"Belum ada rencana di {result.Value.Database}. Gunakan 'karsa import BERKAS'.",
                    $"No plans stored in {result.Value.Database} yet. Use 'karsa import FILE'."));
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded);
            foreach (var header in new[]
                     {
                         context.T("Wilayah", "Region"), context.T("Nama", "Name"), context.T("Versi", "Version"), context.T("Status", "State"),
                         context.T("Periode", "Period"), context.T("Program", "Programmes"), context.T("Total biaya", "Total cost"), context.T("Judul", "Title"),
                     })
            {
                table.AddColumn(header);
            }

            foreach (var plan in plans)
            {
                table.AddRow(
                    Markup.Escape(plan.RegionCode),
                    Markup.Escape(plan.RegionName),
                    plan.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    plan.State == PlanState.Published ? context.T("terbit", "published") : context.T("draf", "draft"),
                    $"{plan.FirstYear}-{plan.LastYear}",
                    IndonesianNumbers.FormatInteger(plan.ProgrammeCount),
                    IndonesianNumbers.FormatRupiah(plan.TotalCost),
                    Markup.Escape(plan.Title));
            }

            Terminal.For(context.Out).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
