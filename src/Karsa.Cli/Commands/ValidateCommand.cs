using System.CommandLine;
using Karsa.Application.Plans;
using Karsa.Cli.Output;

namespace Karsa.Cli.Commands;

/// <summary><c>karsa validate FILE</c>: checks a plan file and reports every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = context.T("Berkas rencana (.yaml, .yml, .json)", "Plan file (.yaml, .yml, .json)") };
        var command = new Command("validate", context.T(
            "Memeriksa berkas rencana; keluar 0 bila sah, 1 dengan daftar galat bila tidak",
            "Check a plan file; exits 0 when valid, 1 with the errors when not"))
        { file };
        command.SetAction((parse, cancel) =>
        {
            var path = parse.GetValue(file)!;
            var result = PlanFileUseCases.Validate(path, cancel);
            UseCaseOutput.Warnings(context, result.Warnings);
            if (!result.Succeeded)
            {
                return Task.FromResult(UseCaseOutput.Fail(context, result.Error));
            }

            var plan = result.Value;
            context.Out.WriteLine(context.T(
                $"{path}: sah — {plan.Content.Region.FullName}, {plan.Programmes.Count} program, {plan.Period}",
                $"{path}: valid — {plan.Content.Region.FullName}, {plan.Programmes.Count} programmes, {plan.Period}"));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
