using Karsa.Cli.Output;
using Karsa.Domain.Plans;
using Karsa.Interchange;

namespace Karsa.Cli;

/// <summary>Reads a plan file for a command, printing its diagnostics.</summary>
internal static class PlanInput
{
    /// <summary>The plan; when the file had errors (printed), throws <see cref="ReportedFailureException"/> with exit 1, or 7 when the file could not be opened.</summary>
    public static Masterplan? ReadFile(CliContext context, string path)
    {
        var result = PlanReader.ReadFile(path);
        DiagnosticPrinter.Print(context, result.Diagnostics);
        return result.Plan ?? throw new ReportedFailureException(DiagnosticPrinter.ExitCodeFor(result.Diagnostics));
    }
}
