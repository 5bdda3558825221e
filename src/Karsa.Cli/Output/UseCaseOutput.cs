using Karsa.Application;
using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Spectre.Console;

namespace Karsa.Cli.Output;

/// <summary>What every command does with a use case's answer: print its warnings or error, map the error to the documented exit code, and show its progress.</summary>
internal static class UseCaseOutput
{
    /// <summary>Prints <paramref name="warnings"/> (to stderr, with their places).</summary>
    public static void Warnings(CliContext context, IReadOnlyList<Diagnostic> warnings) => DiagnosticPrinter.Print(context, warnings);

    /// <summary>Prints <paramref name="error"/> and returns its exit code.</summary>
    public static int Fail(CliContext context, UseCaseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Diagnostics.Count > 0)
        {
            DiagnosticPrinter.Print(context, error.Diagnostics);
        }
        else
        {
            var kind = error.Kind switch
            {
                FailureKind.NotFound => context.T("Tidak ditemukan: ", "Not found: "),
                FailureKind.Database => context.T("Galat basis data: ", "Database error: "),
                FailureKind.Conflict => context.T("Konflik: ", "Conflict: "),
                _ => string.Empty,
            };
            context.Error.WriteLine(kind + error.Message.In(context.Language));
        }

        return error.Kind switch
        {
            FailureKind.InvalidInput => ExitCodes.InvalidInput,
            FailureKind.NotFound => ExitCodes.NotFound,
            FailureKind.Conflict or FailureKind.Database => ExitCodes.Database,
            FailureKind.Infeasible => ExitCodes.Infeasible,
            FailureKind.MissingTool => ExitCodes.MissingTool,
            _ => ExitCodes.FileError,
        };
    }

    /// <summary>
    /// Runs <paramref name="work"/> under one status line on stderr fed by its progress reports;
    /// silent when stderr is not a terminal, so pipes and logs stay clean.
    /// </summary>
    public static async Task<T> WithStatusAsync<T>(CliContext context, string title, Func<IProgress<UseCaseProgress>?, Task<T>> work)
    {
        if (Console.IsErrorRedirected || context.Error != Console.Error)
        {
            return await work(null);
        }

        return await Terminal.For(context.Error, isError: true).Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(title), status =>
            work(new ImmediateProgress<UseCaseProgress>(report => status.Status(Markup.Escape(report.Message.In(context.Language))))));
    }
}
