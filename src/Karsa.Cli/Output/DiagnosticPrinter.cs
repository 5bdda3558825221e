using Karsa.Domain.Diagnostics;

namespace Karsa.Cli.Output;

/// <summary>Prints diagnostics to stderr in compiler form, one per line, with a closing count.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>The code of the problem "the file itself cannot be opened" (exit 7, not 1).</summary>
    private const string FileUnreadableCode = "KRS008";

    public static void Print(CliContext context, IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        foreach (var diagnostic in list.OrderBy(d => d.Location?.File, StringComparer.Ordinal)
                     .ThenBy(d => d.Location?.Line ?? int.MaxValue).ThenBy(d => d.Location?.Column ?? 0))
        {
            context.Error.WriteLine(diagnostic.Format(context.Language));
        }

        var errors = list.Count(d => d.Severity == Severity.Error);
        var warnings = list.Count - errors;
        if (list.Count > 0)
        {
            context.Error.WriteLine(context.T($"{errors} galat, {warnings} peringatan", $"{errors} error(s), {warnings} warning(s)"));
        }
    }

    /// <summary>
    /// The exit code for input that was refused with <paramref name="diagnostics"/>: 7 when the file
    /// itself could not be opened (missing, a folder, no permission), else 1.
    /// </summary>
    public static int ExitCodeFor(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.Code == FileUnreadableCode) ? ExitCodes.FileError : ExitCodes.InvalidInput;
}
