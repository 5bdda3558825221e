using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;

namespace Karsa.Domain.Edits;

/// <summary>
/// One change to a draft masterplan (add a programme, set a ceiling, ...). Edits are plain records;
/// only <see cref="DraftPlan.Apply(PlanEdit)"/> applies them, so a published version cannot be edited.
/// The set of edits is closed: the subtypes in this namespace.
/// </summary>
public abstract record PlanEdit
{
    private protected PlanEdit()
    {
    }

    /// <summary>
    /// The content with this edit applied, or <paramref name="content"/> unchanged after adding to
    /// <paramref name="problems"/> why the edit cannot apply (e.g. it names a programme that does not
    /// exist), each problem at the plan path the edit addressed.
    /// </summary>
    internal abstract MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems);

    /// <summary>
    /// Where a path of the edited content is in the content before the edit (the same path unless the
    /// edit moved items, as removing a programme moves those after it).
    /// </summary>
    internal virtual string PathBefore(string path, MasterplanContent before) => path;
}
