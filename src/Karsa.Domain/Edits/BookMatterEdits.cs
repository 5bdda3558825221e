using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;

namespace Karsa.Domain.Edits;

/// <summary>Replaces the book's front matter (path <c>book</c>); <see cref="BookMatter.None"/> removes it.</summary>
public sealed record SetBookMatter(BookMatter BookMatter) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        content with { BookMatter = BookMatter };
}

/// <summary>Replaces the plan-level sections (path <c>sections</c>); <see cref="PlanSections.None"/> removes them.</summary>
public sealed record SetPlanSections(PlanSections Sections) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        content with { Sections = Sections };
}
