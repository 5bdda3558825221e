using System.CommandLine;
using Karsa.Storage;

namespace Karsa.Cli.Commands;

/// <summary><c>karsa import FILE [--db ...]</c>: validates a plan file and stores it, all or nothing.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = context.T("Berkas rencana (.yaml, .yml, .json)", "Plan file (.yaml, .yml, .json)") };
        var db = CommonOptions.Database(context);
        var command = new Command("import", context.T(
            "Memeriksa lalu menyimpan rencana ke basis data; tidak ada yang ditulis bila ada galat",
            "Validate and store a plan; nothing is written on any error"))
        { file, db };
        command.SetAction(async (parse, cancel) =>
        {
            var plan = PlanInput.ReadFile(context, parse.GetValue(file)!);
            if (plan is null)
            {
                return ExitCodes.InvalidInput;
            }

            var store = await PlanStore.OpenAsync(DatabaseLocation.Parse(parse.GetValue(db)), cancel);
            var outcome = await store.SaveAsync(plan, cancel);
            Output.DiagnosticPrinter.Print(context, outcome.Warnings);
            context.Out.WriteLine(Describe(context, outcome, store.Location));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Describe(CliContext context, SaveOutcome outcome, DatabaseLocation location) => outcome.Kind switch
    {
        SaveKind.Created => context.T(
            $"Tersimpan: {outcome.RegionCode} versi {outcome.Version} di {location.Display}",
            $"Stored: {outcome.RegionCode} version {outcome.Version} in {location.Display}"),
        SaveKind.DraftReplaced => context.T(
            $"Draf {outcome.RegionCode} versi {outcome.Version} diperbarui di {location.Display}",
            $"Draft {outcome.RegionCode} version {outcome.Version} updated in {location.Display}"),
        SaveKind.Unchanged => context.T(
            $"Tidak ada perubahan: {outcome.RegionCode} versi {outcome.Version} sudah sama",
            $"No change: {outcome.RegionCode} version {outcome.Version} is already the same"),
        _ => context.T(
            $"Versi tersebut sudah diterbitkan; perubahan disimpan sebagai draf baru {outcome.RegionCode} versi {outcome.Version}",
            $"That version is published; the changes were stored as new draft {outcome.RegionCode} version {outcome.Version}"),
    };
}
