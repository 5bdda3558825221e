using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Versions.Sections;

/// <summary>
/// Programmes added and removed (with their total cost) and changed field by field: name, dimension,
/// element, kind, description, agencies, duration, start window, costs per year and source,
/// dependencies, mandatory, quick-win candidacy, alternatives group, scores, indicators, locations (districts and villages),
/// delivery status, start, recurrence, co-leads, implementers, and the sheet: Renstra reference, objective, outputs and
/// outcomes (statements, units, indicators and yearly targets) and the service canvas field by field.
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
        .Members("locations", a.Locations.Select(d => d.Value), b.Locations.Select(d => d.Value), code => LocationName(newer, code) ?? LocationName(older, code))
        .Value("status", Values.Code(a.Status), Values.Code(b.Status))
        .Value("startedIn", Values.Year(a.StartedIn), Values.Year(b.StartedIn))
        .Value("recurrence", Values.Code(a.Recurrence), Values.Code(b.Recurrence))
        .Members("coLeads", a.CoLeads.Select(c => c.Value), b.CoLeads.Select(c => c.Value), _ => null)
        .Entries("implementers", a.Implementers, b.Implementers, i => i.Name, i => Values.Code(i.Kind), (i, f) => f with { Key = i.Name, KeyName = new LocalizedText(i.Name) })
        .Value("renstraReference", Values.Text(a.RenstraReference), Values.Text(b.RenstraReference))
        .Value("objective", Values.Text(a.Objective), Values.Text(b.Objective))
        .Results("outputs", a.Outputs, b.Outputs)
        .Results("outcomes", a.Outcomes, b.Outcomes)
        .Value("canvasProblem", Values.Text(a.ServiceCanvas?.Problem), Values.Text(b.ServiceCanvas?.Problem))
        .Value("canvasUsers", Values.Text(a.ServiceCanvas?.Users), Values.Text(b.ServiceCanvas?.Users))
        .Value("canvasSolution", Values.Text(a.ServiceCanvas?.Solution), Values.Text(b.ServiceCanvas?.Solution))
        .Value("canvasPartners", Values.Text(a.ServiceCanvas?.Partners), Values.Text(b.ServiceCanvas?.Partners))
        .Value("canvasSuccess", Values.Text(a.ServiceCanvas?.SuccessMeasure), Values.Text(b.ServiceCanvas?.SuccessMeasure));

    /// <summary>A district's name, or for a village "desa/kelurahan di Kecamatan X"; null when the plan does not know it.</summary>
    private static LocalizedText? LocationName(MasterplanContent plan, string code)
    {
        var location = new RegionCode(code);
        var district = location.Level > 3 ? location.Parent : location;
        var name = plan.Region.Districts.FirstOrDefault(d => d.Code == district)?.Name;
        return string.IsNullOrWhiteSpace(name) ? null
            : district == location ? Values.Name(name)
            : new LocalizedText($"desa/kelurahan di Kecamatan {name}", $"village in {name} district");
    }

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
