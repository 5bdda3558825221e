using System.CommandLine;
using Karsa.Application.Versions;
using Karsa.Cli.Output;

namespace Karsa.Cli.Commands;

/// <summary><c>karsa diff REGION V1 V2 [--format text|json]</c>: what changed from one stored version to another.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var region = CommonOptions.Region(context);
        var older = new Argument<int>("V1") { Description = context.T("Versi lama", "The older version") };
        var newer = new Argument<int>("V2") { Description = context.T("Versi baru", "The newer version") };
        var format = new Option<string>("--format")
        {
            Description = context.T("text (bawaan) atau json", "text (default) or json"),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var db = CommonOptions.Database(context);
        var command = new Command("diff", context.T(
            "Menunjukkan perubahan dari satu versi rencana ke versi lain: program dan lembarnya, pagu, target, visi dan misi, narasi, bagian awal buku, bab tingkat rencana, sumber dana, ...",
            "Show what changed from one plan version to another: programmes and their sheets, ceilings, targets, vision and missions, narratives, front matter, plan-level chapters, funding sources, ..."))
        { region, older, newer, format, db };
        command.SetAction(async (parse, cancel) =>
        {
            var result = await CompareVersions.RunAsync(parse.GetValue(db), parse.GetValue(region)!, parse.GetValue(older), parse.GetValue(newer), cancellationToken: cancel);
            if (!result.Succeeded)
            {
                return UseCaseOutput.Fail(context, result.Error);
            }

            context.Out.Write(parse.GetValue(format) == "json"
                ? ComparisonDocument.From(result.Value, context.Language).ToJson()
                : ComparisonText.Render(result.Value, context.Language));
            return ExitCodes.Ok;
        });
        return command;
    }
}
