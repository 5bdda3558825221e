namespace Karsa.Documents.Charts;

/// <summary>
/// A chart as data with its localised labels. Painters draw it to SVG (HTML) or PNG (DOCX) in greys
/// and hatch patterns, so it stays readable printed in black and white.
/// </summary>
public abstract record Chart(string Description)
{
    /// <summary>Width of the drawing in logical pixels.</summary>
    public virtual int Width => 800;

    /// <summary>Height of the drawing in logical pixels.</summary>
    public abstract int Height { get; }
}

/// <summary>A named series of values, one per axis or category.</summary>
public sealed record ChartSeries<T>(string Name, IReadOnlyList<T> Values);

/// <summary>A radar (spider) chart on a closed scale: one axis per dimension, one polygon per series.</summary>
public sealed record RadarChart(string Description, IReadOnlyList<string> Axes, IReadOnlyList<ChartSeries<decimal>> Series, decimal Min, decimal Max)
    : Chart(Description)
{
    /// <inheritdoc />
    public override int Height => 520;
}

/// <summary>
/// Bars stacked by series per category (e.g. spending per year stacked by funding source), with an
/// optional limit mark per category (e.g. the total ceiling). Values are whole Rupiah.
/// </summary>
public sealed record StackedBarChart(string Description, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries<long>> Series,
    IReadOnlyList<long?> Limits, string LimitLabel, string ValueAxisLabel) : Chart(Description)
{
    /// <inheritdoc />
    public override int Height => 460;
}

/// <summary>
/// One bar of a Gantt chart: a label, its first and last year, the group (term) it belongs to, and whether
/// it runs on past its last year (drawn with an arrowhead at its end).
/// </summary>
public sealed record GanttRow(string Label, int FirstYear, int LastYear, int Group, bool RunsOn = false);

/// <summary>A Gantt chart of programmes over years, bars patterned by group (term).</summary>
public sealed record GanttChart(string Description, IReadOnlyList<GanttRow> Rows, IReadOnlyList<string> Groups, int FirstYear, int LastYear)
    : Chart(Description)
{
    /// <summary>Height of one row.</summary>
    public const int RowHeight = 18;

    /// <inheritdoc />
    public override int Height => 80 + (Rows.Count * RowHeight);
}
