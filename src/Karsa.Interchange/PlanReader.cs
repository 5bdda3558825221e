using Karsa.Domain.Plans;

namespace Karsa.Interchange;

/// <summary>
/// Reads plan files (YAML or JSON) into a validated <see cref="Masterplan"/>, reporting every problem
/// at once with its file position. Never throws for bad input; never reads more than the safety limits.
/// </summary>
public static class PlanReader
{
    /// <summary>Reads plan text; <paramref name="fileName"/> is used in diagnostics.</summary>
    public static PlanReadResult Read(string text, PlanFormat format, string fileName) =>
        throw new NotImplementedException();

    /// <summary>Reads a plan from a stream, stopping at the size limit.</summary>
    public static PlanReadResult Read(Stream stream, PlanFormat format, string fileName) =>
        throw new NotImplementedException();

    /// <summary>Reads a plan file; the format follows the extension (.yaml, .yml, .json).</summary>
    public static PlanReadResult ReadFile(string path) =>
        throw new NotImplementedException();
}
