using System.CommandLine;
using Karsa.Application.Plans;
using Karsa.Cli.Output;
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
            var result = await VersionUseCases.ImportAsync(parse.GetValue(file)!, parse.GetValue(db), cancel);
            UseCaseOutput.Warnings(context, result.Warnings);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            context.Out.WriteLine(Describe(context, result.Value.Outcome, result.Value.Database));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Describe(CliContext context, SaveOutcome outcome, string database) => outcome.Kind switch
    {
        SaveKind.Created => context.T(
            $"Tersimpan: {outcome.RegionCode} versi {outcome.Version} di {database}",
            $"Stored: {outcome.RegionCode} version {outcome.Version} in {database}"),
        SaveKind.DraftReplaced => context.T(
            $"Draf {outcome.RegionCode} versi {outcome.Version} diperbarui di {database}",
            $"Draft {outcome.RegionCode} version {outcome.Version} updated in {database}"),
        SaveKind.Unchanged => context.T(
            $"Tidak ada perubahan: {outcome.RegionCode} versi {outcome.Version} sudah sama",
            $"No change: {outcome.RegionCode} version {outcome.Version} is already the same"),
        _ => context.T(
            $"Versi tersebut sudah diterbitkan; perubahan disimpan sebagai draf baru {outcome.RegionCode} versi {outcome.Version}",
            $"That version is published; the changes were stored as new draft {outcome.RegionCode} version {outcome.Version}"),
    };
}
