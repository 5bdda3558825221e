using Karsa.Application.Progress;
using Karsa.Domain.Catalogue;
using Karsa.Interchange.Spreadsheets;
using Karsa.Monitoring.Progress.Measures;
using Karsa.Storage.Progress;
using Karsa.Web.Localization;

namespace Karsa.Web.Api.Progress;

/// <summary>A region's progress as of a year: the roll-up with its rule, and every programme listed.</summary>
/// <param name="Region">The region code.</param>
/// <param name="Version">The published version measured.</param>
/// <param name="Year">The fiscal year.</param>
/// <param name="Rule">How programmes are weighted: <c>PlannedCost</c> or <c>SetWeights</c>.</param>
/// <param name="RuleText">The rule in the request's language.</param>
/// <param name="Plan">The roll-up tree: plan, dimensions, elements, programmes.</param>
/// <param name="Programmes">The programmes listed (an agency reporter's own only), with their schedule state.</param>
internal sealed record ProgressResource(string Region, int Version, int Year, string Rule, string RuleText, ProgressNodeResource Plan, IReadOnlyList<ProgrammeProgressResource> Programmes)
{
    /// <summary>The resource of <paramref name="overview"/>.</summary>
    public static ProgressResource Of(ProgressOverview overview) => new(overview.Region.Value, overview.Version, overview.Year.Value,
        overview.RollUp.Rule.Basis.ToString(), Say.T(overview.RollUp.Rule.Description), ProgressNodeResource.Of(overview.RollUp.Plan),
        [.. overview.Programmes.Select(ProgrammeProgressResource.Of)]);
}

/// <summary>One node of the roll-up.</summary>
/// <param name="Level">Plan, Dimension, Element or Programme.</param>
/// <param name="Key">Dimension key, element code or programme code (empty for the plan).</param>
/// <param name="Percent">Progress 0..100.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Share">Its share of the plan's weight, 0..1.</param>
/// <param name="Children">The nodes it rolls up.</param>
internal sealed record ProgressNodeResource(string Level, string Key, decimal Percent, decimal Weight, decimal Share, IReadOnlyList<ProgressNodeResource> Children)
{
    /// <summary>The resource of <paramref name="node"/>.</summary>
    public static ProgressNodeResource Of(ProgressNode node) =>
        new(node.Level.ToString(), node.Key, node.Percent, node.Weight, node.Share, [.. node.Children.Select(Of)]);
}

/// <summary>One programme's progress and schedule state.</summary>
/// <param name="Code">The programme.</param>
/// <param name="Name">Its name in the request's language.</param>
/// <param name="Agency">Its lead agency.</param>
/// <param name="Dimension">Its dimension key.</param>
/// <param name="Element">Its element code.</param>
/// <param name="Percent">Its reported progress as of the year.</param>
/// <param name="ExpectedPercent">The progress expected by the year; null when not judged.</param>
/// <param name="Headline">The headline schedule state.</param>
/// <param name="States">Every state that holds.</param>
/// <param name="Reason">The headline in words.</param>
/// <param name="ReportedThisYear">True when a report for the year is stored.</param>
internal sealed record ProgrammeProgressResource(string Code, string Name, string Agency, string Dimension, string Element, decimal Percent, decimal? ExpectedPercent,
    string Headline, string States, string Reason, bool ReportedThisYear)
{
    /// <summary>The resource of <paramref name="line"/>.</summary>
    public static ProgrammeProgressResource Of(ProgrammeProgress line) => new(line.Code.Value, Say.T(line.Name), line.Agency, line.Dimension.Key(), line.Element.Value,
        line.Schedule.ReportedPercent, line.Schedule.ExpectedPercent, line.Schedule.Headline.ToString(), line.Schedule.States.ToString(), Say.T(line.Reason), line.ReportedThisYear);
}

/// <summary>A report as sent or stored.</summary>
/// <param name="Status">The status key (e.g. <c>berjalan</c>).</param>
/// <param name="Percent">Progress 0..100; null for the status's default.</param>
/// <param name="Realised">Whole Rupiah realised in the year per funding source key.</param>
/// <param name="Milestones">Milestones in order.</param>
/// <param name="Notes">Notes.</param>
/// <param name="Revision">The revision the change starts from (0: no report yet); a report changed since is 409.</param>
internal sealed record ProgressReportBody(string Status, decimal? Percent, Dictionary<string, long>? Realised, List<MilestoneInput>? Milestones, string? Notes, int Revision)
{
    /// <summary>The use case's input.</summary>
    public ProgressInput Input() => new(Status, Percent, Realised ?? [], Milestones ?? [], Notes, Revision);

    /// <summary>The body of a stored report.</summary>
    public static ProgressReportBody? Of(StoredProgressReport? stored) => stored is null ? null : new(stored.Report.Status.Key, stored.Report.Percent,
        stored.Report.Realised.ToDictionary(r => r.Source, r => r.Amount.Value), [.. stored.Report.Milestones.Select(m => new MilestoneInput(m.Name, m.Planned, m.Actual))],
        stored.Report.Notes, stored.Revision);
}

/// <summary>A refused workbook: every problem at its sheet, row and column.</summary>
/// <param name="Problems">The problems.</param>
internal sealed record SheetProblemsResource(IReadOnlyList<SheetProblemResource> Problems);

/// <summary>One problem of a workbook.</summary>
/// <param name="Sheet">The sheet as named in the file.</param>
/// <param name="Row">The 1-based row.</param>
/// <param name="Column">The column letter.</param>
/// <param name="Field">The field key.</param>
/// <param name="Message">What is wrong and what to do, in the request's language.</param>
internal sealed record SheetProblemResource(string? Sheet, int? Row, string? Column, string Field, string Message)
{
    /// <summary>The resource of <paramref name="problem"/>.</summary>
    public static SheetProblemResource Of(SheetProblem problem) => new(problem.Sheet, problem.Row, problem.Column, problem.Field, Say.T(problem.Message));
}
