using Karsa.Domain.Agencies;
using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Domain.Regions;
using Karsa.Domain.Roadmaps;

namespace Karsa.Domain.Plans;

/// <summary>
/// Everything a masterplan says, as plain immutable data with value equality. Each part already holds
/// its own invariants; the rules across parts are checked when a <see cref="Masterplan"/> is made.
/// </summary>
public sealed record MasterplanContent
{
    /// <summary>The regency or city.</summary>
    public required Region Region { get; init; }

    /// <summary>Title of the masterplan.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The fiscal years it covers.</summary>
    public required PlanPeriod Period { get; init; }

    /// <summary>Version number, from 1.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Draft or published.</summary>
    public PlanState State { get; init; } = PlanState.Draft;

    /// <summary>Where the terms end.</summary>
    public TermBoundaries Terms { get; init; } = TermBoundaries.Default;

    /// <summary>How the planner values programmes (benefit life and discount rate).</summary>
    public ValueModel ValueModel { get; init; } = ValueModel.Default;

    /// <summary>The smart city vision.</summary>
    public LocalizedText? Vision { get; init; }

    /// <summary>The missions, in order.</summary>
    public ValueList<LocalizedText> Missions { get; init; }

    /// <summary>Narrative sections for the book.</summary>
    public ValueList<NarrativeSection> Narratives { get; init; }

    /// <summary>Elements the region adds to the reference catalogue.</summary>
    public ValueList<Element> OwnElements { get; init; }

    /// <summary>Scale of readiness scores.</summary>
    public ScoreScale ReadinessScale { get; init; } = ScoreScale.OneToFive;

    /// <summary>Readiness per dimension.</summary>
    public ValueList<ReadinessAssessment> Readiness { get; init; }

    /// <summary>SWOT items.</summary>
    public ValueList<SwotItem> Swot { get; init; }

    /// <summary>Strategies per dimension.</summary>
    public ValueList<Strategy> Strategies { get; init; }

    /// <summary>The agencies (OPD).</summary>
    public ValueList<Agency> Agencies { get; init; }

    /// <summary>Scale of programme scores.</summary>
    public ScoreScale CriteriaScale { get; init; } = ScoreScale.OneToFive;

    /// <summary>Scoring criteria with weights.</summary>
    public ValueList<Criterion> Criteria { get; init; } = Criterion.Defaults.ToValueList();

    /// <summary>
    /// AHP pairwise judgements between criteria; when present, the planner derives the weights from
    /// them instead of using <see cref="Criterion.Weight"/>.
    /// </summary>
    public ValueList<PairwiseComparison> CriteriaComparisons { get; init; }

    /// <summary>The funding sources the plan knows: the national defaults and the plan's own additions.</summary>
    public FundingSourceCatalog FundingSources { get; init; } = FundingSourceCatalog.Defaults;

    /// <summary>The programmes, in the authors' order.</summary>
    public ValueList<Programme> Programmes { get; init; }

    /// <summary>Budget ceilings per year and source.</summary>
    public ValueList<BudgetCeiling> Ceilings { get; init; }

    /// <summary>Indicators with baselines.</summary>
    public ValueList<Indicator> Indicators { get; init; }

    /// <summary>Indicator targets per year.</summary>
    public ValueList<IndicatorTarget> Targets { get; init; }

    /// <summary>Named "what if" scenarios.</summary>
    public ValueList<Scenario> Scenarios { get; init; }

    /// <summary>
    /// The dimensions whose quick wins come first: each needs one quick win. Empty (the default): every
    /// dimension with an eligible candidate needs one.
    /// </summary>
    public ValueList<Dimension> QuickWinPriority { get; init; }

    /// <summary>The adopted roadmap, once the planners adopted one; a published plan always has one.</summary>
    public AdoptedRoadmap? Roadmap { get; init; }

    /// <summary>The book's front matter: foreword, address, approval, issue date (none by default).</summary>
    public BookMatter BookMatter { get; init; } = BookMatter.None;

    /// <summary>The plan-level chapters: infrastructure, institutions, change, financing (none by default).</summary>
    public PlanSections Sections { get; init; } = PlanSections.None;
}
