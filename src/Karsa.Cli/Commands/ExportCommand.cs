using System.CommandLine;
using Karsa.Application.Plans;
using Karsa.Cli.Output;
using Karsa.Documents;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage;

namespace Karsa.Cli.Commands;

/// <summary><c>karsa export REGION [--version N] [--format yaml|json] [--out FILE]</c>: writes a stored plan as a plan file.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var region = CommonOptions.Region(context);
        var version = CommonOptions.Version(context);
        var db = CommonOptions.Database(context);
        var format = new Option<string?>("--format")
        {
            Description = context.T("yaml atau json (bawaan: dari ekstensi --out, atau yaml)", "yaml or json (default: from the --out extension, else yaml)"),
        };
        format.AcceptOnlyFromAmong("yaml", "json");
        var output = new Option<string?>("--out", "-o") { Description = context.T("Berkas tujuan (bawaan: stdout)", "Output file (default: stdout)"), HelpName = "FILE" };
        var command = new Command("export", context.T("Menulis rencana yang tersimpan sebagai berkas rencana", "Write a stored plan as a plan file"))
        { region, version, format, output, db };
        command.SetAction(async (parse, cancel) =>
        {
            var path = parse.GetValue(output);
            var chosen = parse.GetValue(format) switch
            {
                "json" => PlanFormat.Json,
                "yaml" => PlanFormat.Yaml,
                _ => path is null ? PlanFormat.Yaml : PlanFormats.FromPath(path) ?? PlanFormat.Yaml,
            };
            var result = await PlanFileUseCases.ExportAsync(parse.GetValue(region)!, parse.GetValue(version), chosen, parse.GetValue(db), cancel);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            var text = result.Value.Text;
            if (path is null)
            {
                context.Out.Write(text);
            }
            else
            {
                AtomicFile.WriteText(path, text);
                context.Error.WriteLine(context.T($"Ditulis: {path}", $"Written: {path}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
