using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;

namespace Karsa.Domain.Edits;

/// <summary>
/// Sets a scenario: <paramref name="Scenario"/> in place of the scenario named <paramref name="Replacing"/>,
/// or after the others when that is null (or not listed). A name taken by another scenario is reported
/// (KRS059) at <c>scenarios[i].name</c>; unknown programmes, criteria or a horizon before the plan at
/// their fields (<c>scenarios[i].forceIn[j]</c>, ...).
/// </summary>
public sealed record SetScenario(Scenario Scenario, string? Replacing = null) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        ScenarioList.Keyed.Set(content, Replacing, Scenario, problems);
}

/// <summary>Removes the scenario named <paramref name="Name"/> (nothing to do when there is none).</summary>
public sealed record RemoveScenario(string Name) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        ScenarioList.Keyed.Remove(content, Name, problems);

    /// <summary>Scenarios after the removed one were one place further down before the edit.</summary>
    internal override string PathBefore(string path, MasterplanContent before) => ScenarioList.Keyed.PathBefore(path, before, Name);
}

/// <summary>The scenarios as a keyed list, by name: nothing else in a plan refers to them.</summary>
internal static class ScenarioList
{
    /// <summary>The list.</summary>
    public static KeyedList<Scenario> Keyed { get; } = new("scenarios", "name", c => c.Scenarios, (c, items) => c with { Scenarios = items },
        s => s.Name);
}
