using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Versions.Sections;

/// <summary>
/// Programmes added and removed (with their total cost) and changed field by field: name, dimension,
/// element, kind, description, agencies, duration, costs per year and source, start window,
/// dependencies, mandatory, quick-win candidacy, alternatives group, scores, indicators, districts.
/// </summary>
public sealed class ProgrammesComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "programmes";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer) =>
        Keyed.Items(older.Programmes, newer.Programmes, p => p.Code.Value, "programmes", "programme", p => p.Name,
            (a, b, fields) => Fields(a, b, fields, newer), p => Values.Money(p.TotalCost));

    private static FieldList Fields(Programme a, Programme b, FieldList fields, MasterplanContent newer) => fields
        .Value("name", Values.Text(a.Name), Values.Text(b.Name))
        .Value("dimension", Values.Code(a.Dimension), Values.Code(b.Dimension))
        .Value("element", Values.Code(a.Element.Value), Values.Code(b.Element.Value))
        .Value("kind", Values.Code(a.Kind), Values.Code(b.Kind))
        .Value("description", Values.Text(a.Description), Values.Text(b.Description))
        .Value("planningReference", Values.Text(a.PlanningReference), Values.Text(b.PlanningReference))
        .Value("leadAgency", Values.Code(a.LeadAgency.Value), Values.Code(b.LeadAgency.Value))
        .Members("supportingAgencies", a.SupportingAgencies.Select(c => c.Value), b.SupportingAgencies.Select(c => c.Value), _ => null)
        .Value("durationYears", Values.Years(a.DurationYears), Values.Years(b.DurationYears))
        .Entries("costs", a.Costs, b.Costs, c => (c.Year, c.Source), c => Values.Money(c.Amount), (c, f) => f with { Year = c.Year, Source = c.Source })
        .Value("earliestStart", Values.Year(a.EarliestStart), Values.Year(b.EarliestStart))
        .Value("latestStart", Values.Year(a.LatestStart), Values.Year(b.LatestStart))
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
        .Members("districts", a.Districts.Select(d => d.Value), b.Districts.Select(d => d.Value),
            code => newer.Region.Districts.FirstOrDefault(x => x.Code.Value == code) is { } d ? new LocalizedText(d.Name) : null);
}
