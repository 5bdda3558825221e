using System.Diagnostics.CodeAnalysis;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;

namespace Karsa.Domain.Edits;

/// <summary>
/// What applying edits to a draft gave: the new valid plan, or the errors that refused the edits,
/// never both. Each problem carries the plan path of the field it concerns, in the draft's terms.
/// </summary>
public sealed record EditResult
{
    private EditResult(Masterplan? plan, IReadOnlyList<Diagnostic> problems) => (Plan, Problems) = (plan, problems);

    /// <summary>The edited plan (a draft, with its warnings in <see cref="Masterplan.Warnings"/>); null when refused.</summary>
    public Masterplan? Plan { get; }

    /// <summary>The errors that refused the edits; empty on success.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>True when the edits applied and <see cref="Plan"/> holds the new plan.</summary>
    [MemberNotNullWhen(true, nameof(Plan))]
    public bool Succeeded => Plan is not null;

    /// <summary>A successful edit.</summary>
    internal static EditResult Done(Masterplan plan) => new(plan, []);

    /// <summary>A refused edit (at least one problem).</summary>
    internal static EditResult Refused(IReadOnlyList<Diagnostic> problems) => new(null, problems);
}
