using System.CommandLine;
using Karsa.Cli.CommandLine;
using Karsa.Cli.Commands;
using Karsa.Cli.Output;
using Karsa.Domain.Diagnostics;
using Karsa.Storage;

namespace Karsa.Cli;

/// <summary>
/// The <c>karsa</c> command line: a thin front door that parses arguments, calls the capability
/// projects and reports results, in Bahasa Indonesia or English.
/// </summary>
public static class KarsaCli
{
    /// <summary>Runs <c>karsa</c> with <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliContext(CliContext.DetectLanguage(args), output, error), cancellationToken);

    /// <summary>Runs <c>karsa</c> with <paramref name="args"/> fitting tables and help to <paramref name="width"/> columns.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, int width, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliContext(CliContext.DetectLanguage(args), output, error) { Width = width }, cancellationToken);

    private static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var root = new RootCommand(context.T(
            "Karsa: masterplan smart city kabupaten/kota — menulis, menjadwalkan, menerbitkan dan memantau",
            "Karsa: smart city masterplans for Indonesian regions — write, schedule, publish and track"))
        {
            CommonOptions.Language(context),
        };
        foreach (var command in new[]
                 {
                     ValidateCommand.Create(context), ImportCommand.Create(context), ExportCommand.Create(context),
                     PlansCommand.Create(context), PublishCommand.Create(context), RoadmapCommand.Create(context),
                     BenchCommand.Create(context), BookCommand.Create(context),
                     DiffCommand.Create(context), IndicatorsCommand.Create(context),
                     ProgressCommand.Create(context), EvaluateCommand.Create(context),
                     DemoCommand.Create(context, next => RunAsync(next, context with { Language = CliContext.DetectLanguage(next) }, cancellationToken)),
                 })
        {
            root.Subcommands.Add(command);
        }

        CommandLineLanguage.Apply(root, context);
        var parse = root.Parse(args, CommandLineLanguage.Parser);
        if (parse.Action is not HelpWriter && (parse.Errors.Count > 0 || parse.UnmatchedTokens.Count > 0))
        {
            foreach (var problem in ParseErrors.Describe(parse, context))
            {
                context.Error.WriteLine(problem);
            }

            context.Error.WriteLine(context.T(
                $"Lihat '{ParseErrors.Name(parse.CommandResult.Command)} --help'.", $"See '{ParseErrors.Name(parse.CommandResult.Command)} --help'."));
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (DomainException problem)
        {
            DiagnosticPrinter.Print(context, problem.Problems);
            return ExitCodes.InvalidInput;
        }
        catch (StorageException problem)
        {
            var kind = problem.IsNotFound ? context.T("Tidak ditemukan: ", "Not found: ") : context.T("Galat basis data: ", "Database error: ");
            context.Error.WriteLine(kind + problem.Text.In(context.Language));
            return problem.IsNotFound ? ExitCodes.NotFound : ExitCodes.Database;
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine(FileErrors.Describe(problem, context));
            return ExitCodes.FileError;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine(context.T("Dibatalkan.", "Cancelled."));
            return ExitCodes.Internal;
        }
    }
}
