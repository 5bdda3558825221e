using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Measures;

namespace Karsa.Application.Progress;

/// <summary>
/// Progress of a region's newest published plan as of a fiscal year: the roll-up (plan -> dimension
/// -> element -> programme) with the weighting rule to show, and every programme's schedule state
/// with its reason. For an agency reporter, only their agency's programmes are listed (the dimension
/// and element bars still roll up the whole plan).
/// </summary>
/// <param name="Region">The region.</param>
/// <param name="RegionName">Its name.</param>
/// <param name="Version">The published version measured.</param>
/// <param name="Year">The fiscal year.</param>
/// <param name="FirstYear">The plan's first year.</param>
/// <param name="LastYear">The plan's last year.</param>
/// <param name="RollUp">The roll-up, its rule included (<see cref="ProgressRollUp.Rule"/>).</param>
/// <param name="Programmes">The programmes shown, in the plan's order.</param>
/// <param name="Agency">The agency the list is limited to; null when it shows every programme.</param>
public sealed record ProgressOverview(RegionCode Region, string RegionName, int Version, FiscalYear Year, int FirstYear, int LastYear,
    ProgressRollUp RollUp, IReadOnlyList<ProgrammeProgress> Programmes, string? Agency)
{
    /// <summary>The plan's funding sources, which name and order the money per source.</summary>
    public Domain.Programmes.FundingSourceCatalog FundingSources { get; init; } = Domain.Programmes.FundingSourceCatalog.Defaults;
}

/// <summary>One programme's line of the overview.</summary>
/// <param name="Code">The programme.</param>
/// <param name="Name">Its name.</param>
/// <param name="Agency">Its lead agency's code.</param>
/// <param name="Dimension">Its dimension.</param>
/// <param name="Element">Its element.</param>
/// <param name="Schedule">Where it stands against the adopted roadmap.</param>
/// <param name="Reason">The headline state in words, with the numbers that decide it.</param>
/// <param name="ReportedThisYear">True when a report for the year is stored.</param>
/// <param name="MayReport">True when the asking user may report on it.</param>
public sealed record ProgrammeProgress(ProgrammeCode Code, LocalizedText Name, string Agency, Dimension Dimension, ElementCode Element,
    ScheduleAssessment Schedule, LocalizedText Reason, bool ReportedThisYear, bool MayReport);

/// <summary>Progress per dimension of a published plan, for the public page (no programme detail).</summary>
/// <param name="Version">The published version.</param>
/// <param name="Year">The fiscal year.</param>
/// <param name="Plan">The plan's progress, 0..100.</param>
/// <param name="Dimensions">Each dimension's progress, 0..100.</param>
/// <param name="Rule">The weighting rule in words.</param>
public sealed record PublicProgress(int Version, FiscalYear Year, decimal Plan, IReadOnlyList<(Dimension Dimension, decimal Percent)> Dimensions, LocalizedText Rule);
