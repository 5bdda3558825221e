using Karsa.Domain.Primitives;
using Fields = Karsa.Interchange.Spreadsheets.SheetLayouts.Fields;

namespace Karsa.Interchange.Spreadsheets.Reading;

/// <summary>
/// Reads one indicator row. A row without a value or a source is not reported (the period cell
/// comes pre-filled); otherwise the value and the period are required and the source is optional.
/// </summary>
internal sealed class IndicatorRowParser(IReadOnlyList<SheetColumn> columns)
{
    private readonly SheetColumn _value = columns.Single(c => c.Field == Fields.Value);
    private readonly SheetColumn _period = columns.Single(c => c.Field == Fields.Period);
    private readonly SheetColumn _source = columns.Single(c => c.Field == Fields.Source);

    /// <summary>The observation on <paramref name="row"/>, or null when it is empty or has problems (reported to <paramref name="cells"/>).</summary>
    public IndicatorObservationRow? Parse(RawRow row, IndicatorCode code, CellReader cells)
    {
        if (row.IsBlankIn([_value.Index, _source.Index]))
        {
            return null;
        }

        var ok = cells.Number(row, _value, out var value);
        if (ok && value is null)
        {
            cells.Required(row, _value);
            ok = false;
        }

        var periodOk = cells.Text(row, _period, out var period);
        if (periodOk && period is null)
        {
            cells.Required(row, _period);
        }

        ok &= periodOk && period is not null;
        ok &= cells.Text(row, _source, out var source);
        return ok ? new IndicatorObservationRow(code, period!, value!.Value, source) : null;
    }
}
