using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Versions.Sections;

/// <summary>
/// Programmes added and removed (with their total cost) and changed field by field: name, dimension,
/// element, kind, description, agencies, duration, start window, costs per year and source,
/// dependencies, mandatory, quick-win candidacy, alternatives group, scores, indicators, districts, and the sheet: Renstra
/// reference, objective, outputs, outcomes and service canvas.
/// Costs are compared by year of the run (see <see cref="Run"/>).
/// </summary>
public sealed class ProgrammesComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "programmes";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer) =>
        Keyed.Items(older.Programmes, newer.Programmes, p => p.Code.Value, "programmes", "programme", p => p.Name,
            (a, b, fields) => Fields(a, b, fields, older, newer), p => Values.Money(p.TotalCost));

    private static FieldList Fields(Programme a, Programme b, FieldList fields, MasterplanContent older, MasterplanContent newer) => fields
        .Value("name", Values.Text(a.Name), Values.Text(b.Name))
        .Value("dimension", Values.Code(a.Dimension), Values.Code(b.Dimension))
        .Value("element", Values.Code(a.Element.Value), Values.Code(b.Element.Value))
        .Value("kind", Values.Code(a.Kind), Values.Code(b.Kind))
        .Value("description", Values.Text(a.Description), Values.Text(b.Description))
        .Value("planningReference", Values.Text(a.PlanningReference), Values.Text(b.PlanningReference))
        .Value("leadAgency", Values.Code(a.LeadAgency.Value), Values.Code(b.LeadAgency.Value))
        .Members("supportingAgencies", a.SupportingAgencies.Select(c => c.Value), b.SupportingAgencies.Select(c => c.Value), _ => null)
        .Value("durationYears", Values.Years(a.DurationYears), Values.Years(b.DurationYears))
        .Value("earliestStart", Values.Year(a.EarliestStart), Values.Year(b.EarliestStart))
        .Value("latestStart", Values.Year(a.LatestStart), Values.Year(b.LatestStart))
        .Entries("costs", Run(a, older), Run(b, newer), c => (c.Offset, c.Line.Source), c => Values.Money(c.Line.Amount), (c, f) => f with { Year = c.Line.Year, Source = c.Line.Source, SourceName = SourceNames.Of(older, newer, c.Line.Source) })
        .Entries("dependsOn", a.DependsOn, b.DependsOn, d => d.Programme, d => new DependencyValue(d.Programme, d.LagYears), (d, f) => f with { Key = d.Programme.Value })
        .Value("mandatory", Values.Flag(a.Mandatory), Values.Flag(b.Mandatory))
        .Value("quickWinCandidate", Values.Flag(a.QuickWinCandidate), Values.Flag(b.QuickWinCandidate))
        .Value("alternativesGroup", Values.Code(a.AlternativesGroup), Values.Code(b.AlternativesGroup))
        .Entries("scores", a.Scores, b.Scores, s => s.Criterion, s => Values.Number(s.Score)!, (s, f) => f with
        {
            Key = s.Criterion.Value,
            KeyName = newer.Criteria.FirstOrDefault(c => c.Code == s.Criterion)?.Name,
        })
        .Members("indicators", a.Indicators.Select(i => i.Value), b.Indicators.Select(i => i.Value),
            code => newer.Indicators.FirstOrDefault(x => x.Code.Value == code)?.Name)
        .Members("districts", a.Locations.Select(d => d.Value), b.Locations.Select(d => d.Value),
            code => Values.Name(newer.Region.Districts.FirstOrDefault(x => x.Code.Value == code)?.Name))
        .Value("status", Values.Code(a.Status), Values.Code(b.Status))
        .Value("startedIn", Values.Year(a.StartedIn), Values.Year(b.StartedIn))
        .Value("recurrence", Values.Code(a.Recurrence), Values.Code(b.Recurrence))
        .Members("coLeads", a.CoLeads.Select(c => c.Value), b.CoLeads.Select(c => c.Value), _ => null)
        .Members("implementers", a.Implementers.Select(i => $"{i.Name} ({Values.Key(i.Kind)})"), b.Implementers.Select(i => $"{i.Name} ({Values.Key(i.Kind)})"), _ => null)
        .Value("renstraReference", Values.Text(a.RenstraReference), Values.Text(b.RenstraReference))
        .Value("objective", Values.Text(a.Objective), Values.Text(b.Objective))
        .Value("outputs", Values.Text(Written(a.Outputs)), Values.Text(Written(b.Outputs)))
        .Value("outcomes", Values.Text(Written(a.Outcomes)), Values.Text(Written(b.Outcomes)))
        .Value("serviceCanvas", Values.Text(Written(a.ServiceCanvas)), Values.Text(Written(b.ServiceCanvas)));

    /// <summary>Outputs or outcomes as one line each ("statement [indicator] (unit): year value, ..."), so any change shows as a changed text.</summary>
    private static string? Written(ValueList<ProgrammeResult> results) => results.Count == 0
        ? null
        : string.Join("\n", results.Select(r =>
            $"{r.Statement} [{r.Indicator?.Value}] ({r.Unit}): {string.Join(", ", r.Targets.Select(t => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{t.Year} {t.Value}")))}"));

    /// <summary>The service canvas as one line per field.</summary>
    private static string? Written(ServiceCanvas? canvas) => canvas is null
        ? null
        : string.Join("\n", new[] { canvas.Problem, canvas.Users, canvas.Solution, canvas.Partners, canvas.SuccessMeasure }.Select(f => f?.Indonesian ?? string.Empty));

    /// <summary>
    /// The cost lines with their year of the run. Cost profiles are written for a run starting at the
    /// programme's earliest start (or the plan's first year), so lines are compared by year of the run:
    /// moving the start moves the profile with it and is not a change of every cost line. A changed line
    /// is named by its year in the newer version.
    /// </summary>
    private static List<RunCost> Run(Programme programme, MasterplanContent plan)
    {
        var anchor = MasterplanRules.CostAnchor(programme, plan.Period);
        return [.. programme.Costs.Select(c => new RunCost(c.Year.YearsSince(anchor), c))];
    }

    private sealed record RunCost(int Offset, CostLine Line);
}
