using Karsa.Domain.Diagnostics;
using Karsa.Monitoring.Indicators;

namespace Karsa.Interchange.Indicators;

/// <summary>
/// The outcome of reading an indicator definitions file: all the definitions, or none and every
/// problem with its file:line:column (all-or-nothing).
/// </summary>
public sealed record DefinitionsReadResult(IReadOnlyList<IndicatorDefinition>? Definitions, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the file was read without error.</summary>
    public bool Succeeded => Definitions is not null;
}
