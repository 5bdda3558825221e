using Karsa.Cli.Output;
using Karsa.Domain.Plans;
using Karsa.Interchange;

namespace Karsa.Cli;

/// <summary>Reads a plan file for a command, printing its diagnostics.</summary>
internal static class PlanInput
{
    /// <summary>The plan, or null when the file had errors (already printed).</summary>
    public static Masterplan? ReadFile(CliContext context, string path)
    {
        var result = PlanReader.ReadFile(path);
        DiagnosticPrinter.Print(context, result.Diagnostics);
        return result.Plan;
    }
}
