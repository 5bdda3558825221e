using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;

namespace Karsa.Interchange;

/// <summary>
/// The outcome of reading a plan file: the plan when there was no error, and every diagnostic found
/// (errors and warnings), each positioned in the file where possible.
/// </summary>
public sealed record PlanReadResult(Masterplan? Plan, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the file held a valid plan (warnings allowed).</summary>
    public bool Succeeded => Plan is not null;

    /// <summary>The errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);
}
