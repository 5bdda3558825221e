using Karsa.Domain.Diagnostics;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Plans;

/// <summary>
/// The plan's funding sources: an addition must not reuse a default's or another addition's key
/// (KRS147), and every cost line, ceiling and scenario must name a source the plan knows (KRS146).
/// </summary>
internal static class FundingSourceRules
{
    /// <summary>Adds every problem of <paramref name="plan"/>'s sources to <paramref name="found"/>.</summary>
    public static void Check(MasterplanContent plan, List<Diagnostic> found)
    {
        var catalogue = plan.FundingSources;
        var seen = new HashSet<FundingSource>();
        for (var i = 0; i < catalogue.Additions.Count; i++)
        {
            var source = catalogue.Additions[i].Source;
            var isDefault = FundingSourceCatalog.Defaults.Knows(source);
            if (isDefault || !seen.Add(source))
            {
                found.Add(Problems.FundingSourceClash(source.Key, isDefault).Under(PlanPaths.FundingSource(i).Field("key")));
            }
        }

        void Require(FundingSource source, string path)
        {
            if (!catalogue.Knows(source))
            {
                found.Add(Problems.UnknownFundingSource(source.Key, catalogue.Keys).Under(path));
            }
        }

        for (var i = 0; i < plan.Programmes.Count; i++)
        {
            foreach (var cost in plan.Programmes[i].Costs)
            {
                Require(cost.Source, PlanPaths.Programme(i).Field("costs").Field($"{cost.Year}").Field(cost.Source.Key));
            }
        }

        foreach (var ceiling in plan.Ceilings)
        {
            Require(ceiling.Source, PlanPaths.Ceiling(ceiling.Year.Value, ceiling.Source.Key));
        }

        for (var i = 0; i < plan.Scenarios.Count; i++)
        {
            var scenario = plan.Scenarios[i];
            for (var j = 0; j < scenario.ScaleCeilings.Count; j++)
            {
                if (scenario.ScaleCeilings[j].Source is { } scaled)
                {
                    Require(scaled, PlanPaths.Scenario(i).Field("scaleCeilings").Item(j).Field("source"));
                }
            }

            foreach (var ceiling in scenario.SetCeilings)
            {
                Require(ceiling.Source, PlanPaths.Scenario(i).Field("setCeilings").Field($"{ceiling.Year}").Field(ceiling.Source.Key));
            }
        }
    }
}
