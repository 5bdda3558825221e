using System.CommandLine;
using Karsa.Domain.Primitives;
using Karsa.Storage;

namespace Karsa.Cli.Commands;

/// <summary><c>karsa publish REGION [--version N]</c>: freezes a plan version.</summary>
internal static class PublishCommand
{
    public static Command Create(CliContext context)
    {
        var region = CommonOptions.Region(context);
        var version = CommonOptions.Version(context);
        var db = CommonOptions.Database(context);
        var command = new Command("publish", context.T(
            "Menerbitkan versi rencana (bawaan: terbaru); versi terbit tidak dapat diubah lagi",
            "Publish a plan version (default: the newest); a published version never changes"))
        { region, version, db };
        command.SetAction(async (parse, cancel) =>
        {
            var store = await PlanStore.OpenAsync(DatabaseLocation.Parse(parse.GetValue(db)), cancel);
            var stored = await store.PublishAsync(new RegionCode(parse.GetValue(region)!), parse.GetValue(version), cancel);
            context.Out.WriteLine(context.T(
                $"Terbit: {stored.Summary.RegionCode} versi {stored.Summary.Version} ({stored.Summary.Title})",
                $"Published: {stored.Summary.RegionCode} version {stored.Summary.Version} ({stored.Summary.Title})"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
