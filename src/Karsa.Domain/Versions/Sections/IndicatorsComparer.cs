using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;

namespace Karsa.Domain.Versions.Sections;

/// <summary>Indicators added, removed, or changed in name, unit, framework, direction, reference, theme or baseline.</summary>
public sealed class IndicatorsComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "indicators";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer) =>
        Keyed.Items(older.Indicators, newer.Indicators, i => i.Code.Value, "indicators", "indicator", i => i.Name, Fields);

    private static FieldList Fields(Indicator a, Indicator b, FieldList fields) => fields
        .Value("name", Values.Text(a.Name), Values.Text(b.Name))
        .Value("unit", Values.Text(a.Unit), Values.Text(b.Unit))
        .Value("framework", Values.Code(a.Framework), Values.Code(b.Framework))
        .Value("reference", Values.Code(a.FrameworkReference), Values.Code(b.FrameworkReference))
        .Value("theme", Values.Text(a.Theme), Values.Text(b.Theme))
        .Value("direction", Values.Code(a.Direction), Values.Code(b.Direction))
        .Value("baseline", Values.Number(a.Baseline?.Value), Values.Number(b.Baseline?.Value))
        .Value("baselineYear", Values.Year(a.Baseline?.Year), Values.Year(b.Baseline?.Year));
}
