using System.CommandLine;
using Karsa.Application.Plans;
using Karsa.Cli.Output;
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
            var result = await VersionUseCases.PublishAsync(parse.GetValue(region)!, parse.GetValue(version), parse.GetValue(db), cancel);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            var outcome = result.Value;
            var stored = outcome.Stored.Summary;
            context.Out.WriteLine(outcome.AlreadyPublished
                ? context.T(
                    $"Versi {stored.Version} {stored.RegionCode} sudah terbit sejak sebelumnya; tidak ada yang diubah ({stored.Title})",
                    $"Version {stored.Version} of {stored.RegionCode} is already published; nothing changed ({stored.Title})")
                : context.T(
                    $"Terbit: {stored.RegionCode} versi {stored.Version} ({stored.Title})",
                    $"Published: {stored.RegionCode} version {stored.Version} ({stored.Title})"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
