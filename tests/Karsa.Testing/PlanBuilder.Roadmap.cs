using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;

namespace Karsa.Testing;

/// <summary>The adopted roadmap of a random plan: any start years, feasible or not (breaks are warnings on a draft).</summary>
internal sealed partial class PlanBuilder
{
    private AdoptedRoadmap Roadmap(List<Programme> programmes)
    {
        var starts = programmes.Select(p => new AdoptedStart(p.Code, draw.Chance(70) ? YearInPeriod() : null)).ToList();
        var quickWins = draw.Subset(starts.Where(s => s.Start is not null).Select(s => s.Programme).ToList(), 3);
        var value = draw.Decimal(0m, 500m, 4);
        return new AdoptedRoadmap(starts.ToValueList(), quickWins.ToValueList(), draw.Maybe(() => "scenario-a"), value,
            draw.Chance(70) ? value + draw.Decimal(0m, 10m, 4) : null);
    }
}
