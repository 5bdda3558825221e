using Karsa.Domain.Diagnostics;

namespace Karsa.Cli.Output;

/// <summary>Prints diagnostics to stderr in compiler form, one per line, with a closing count.</summary>
internal static class DiagnosticPrinter
{
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
}
