using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;

namespace Karsa.Domain.Edits;

/// <summary>Replaces how the planner values programmes (path <c>valueModel</c>); <see cref="ValueModel.Default"/> restores the defaults.</summary>
public sealed record SetValueModel(ValueModel ValueModel) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        content with { ValueModel = ValueModel };
}
