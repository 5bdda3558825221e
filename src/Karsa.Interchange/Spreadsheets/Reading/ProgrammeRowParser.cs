using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Fields = Karsa.Interchange.Spreadsheets.SheetLayouts.Fields;

namespace Karsa.Interchange.Spreadsheets.Reading;

/// <summary>
/// Reads the inputs of one programme row. A row whose inputs are all empty is not reported; a filled
/// row needs a status from the list and a progress of 0..100; realised money per source is optional.
/// </summary>
internal sealed class ProgrammeRowParser
{
    private readonly ProgressSheetTemplate _template;
    private readonly IReadOnlyList<SheetColumn> _columns;
    private readonly Dictionary<string, string> _statusByName;
    private readonly SheetColumn _status;
    private readonly SheetColumn _progress;
    private readonly SheetColumn _notes;

    /// <summary>Prepares the status look-up (name in either language or key, ignoring case) for <paramref name="template"/>.</summary>
    public ProgrammeRowParser(ProgressSheetTemplate template, IReadOnlyList<SheetColumn> columns)
    {
        _template = template;
        _columns = columns;
        _statusByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in template.Statuses)
        {
            _statusByName.TryAdd(option.Name.In(template.Language), option.Key);
            _statusByName.TryAdd(option.Name.Indonesian, option.Key);
            _statusByName.TryAdd(option.Name.In(Language.English), option.Key);
            _statusByName.TryAdd(option.Key, option.Key);
        }

        _status = columns.Single(c => c.Field == Fields.Status);
        _progress = columns.Single(c => c.Field == Fields.Progress);
        _notes = columns.Single(c => c.Field == Fields.Notes);
    }

    /// <summary>The report on <paramref name="row"/>, or null when it is empty or has problems (reported to <paramref name="cells"/>).</summary>
    public ProgrammeProgressRow? Parse(RawRow row, ProgrammeCode code, CellReader cells)
    {
        if (row.IsBlankIn(_columns.Where(c => c.IsInput).Select(c => c.Index)))
        {
            return null;
        }

        var ok = cells.Text(row, _status, out var statusText);
        string? statusKey = null;
        if (ok && statusText is null)
        {
            cells.Required(row, _status);
            ok = false;
        }
        else if (statusText is not null && !_statusByName.TryGetValue(statusText, out statusKey))
        {
            cells.Problems.Add(SheetProblems.StatusNotInList(cells.Place(row, _status), statusText, _template.Statuses.Select(s => s.Name.In(_template.Language))));
            ok = false;
        }

        if (cells.Percent(row, _progress, out var progress) && progress is null)
        {
            cells.Required(row, _progress);
            ok = false;
        }
        else
        {
            ok &= progress is not null;
        }

        var realised = new List<SourceAmount>();
        foreach (var source in _template.Sources.Select(s => s.Source))
        {
            var column = _columns.Single(c => c.Field == Fields.Realised(source));
            if (!cells.Money(row, column, out var amount))
            {
                ok = false;
            }
            else if (amount is { } value)
            {
                realised.Add(new SourceAmount(source, new Rupiah(value)));
            }
        }

        ok &= cells.Text(row, _notes, out var notes);
        return ok ? new ProgrammeProgressRow(code, statusKey!, progress!.Value, realised.ToValueList(), notes) : null;
    }
}
