using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Roadmaps;

/// <summary>
/// The lookups the roadmap rules need from a plan's content (programmes by code, start windows, cost
/// anchors), so the rules can judge content before it becomes a <see cref="Masterplan"/>.
/// Expects content whose programme codes are unique.
/// </summary>
internal sealed class PlanFacts(MasterplanContent content)
{
    private readonly Dictionary<ProgrammeCode, Programme> _programmes = content.Programmes.GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.First());

    public MasterplanContent Content { get; } = content;

    public ValueList<Programme> Programmes => Content.Programmes;

    public PlanPeriod Period => Content.Period;

    public Programme Programme(ProgrammeCode code) => _programmes[code];

    public (FiscalYear Earliest, FiscalYear Latest) StartWindow(Programme programme) => MasterplanRules.StartWindow(programme, Period);

    public FiscalYear CostAnchor(Programme programme) => MasterplanRules.CostAnchor(programme, Period);
}
