using Spectre.Console;

namespace Karsa.Cli.Output;

/// <summary>
/// Shows the progress of long work (a solve, a book) on stderr as a spinner with a status line updated
/// from the work's progress reports. Silent when stderr is not a terminal, so pipes and logs stay clean.
/// </summary>
internal static class StatusDisplay
{
    public static T Run<TProgress, T>(CliContext context, string title, Func<TProgress, string> describe, Func<IProgress<TProgress>?, T> work)
    {
        if (Console.IsErrorRedirected || context.Error != Console.Error)
        {
            return work(null);
        }

        T result = default!;
        Terminal.For(context.Error, isError: true).Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(title), status =>
        {
            result = work(new ImmediateProgress<TProgress>(report => status.Status(Markup.Escape(describe(report)))));
        });
        return result;
    }
}
