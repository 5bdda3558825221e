using System.CommandLine;
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
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(CliContext.DetectLanguage(args), output, error);
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
                     DiffCommand.Create(context),
                     DemoCommand.Create(context, next => RunAsync(next, output, error, cancellationToken)),
                 })
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine(context.T("Lihat 'karsa --help'.", "See 'karsa --help'."));
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (DomainException problem)
        {
            DiagnosticPrinter.Print(context, problem.Problems);
            return ExitCodes.InvalidInput;
        }
        catch (StorageException problem)
        {
            error.WriteLine(context.T("Galat basis data: ", "Database error: ") + problem.Text.In(context.Language));
            return problem.IsNotFound ? ExitCodes.NotFound : ExitCodes.Database;
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(context.T("Berkas tidak dapat dibaca atau ditulis: ", "A file cannot be read or written: ") + problem.Message);
            return ExitCodes.FileError;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine(context.T("Dibatalkan.", "Cancelled."));
            return ExitCodes.Internal;
        }
    }
}
