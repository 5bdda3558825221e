using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Programmes;

namespace Karsa.Documents.Building;

/// <summary>
/// The rows of a sheet's fact table: each fact the plan holds becomes a row, each it lacks is named in
/// one closing note instead of an empty row, a dash or Rp 0.
/// </summary>
internal sealed class SheetRows(Wording w)
{
    private readonly List<TableRow> _rows = [];
    private readonly List<string> _missing = [];

    /// <summary>Adds a row when <paramref name="value"/> holds something, else records <paramref name="missing"/> as not in the plan.</summary>
    public SheetRows Fact(string label, string? value, string? missing = null)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            _rows.Add(new TableRow([label, value]));
        }
        else if (missing is not null)
        {
            _missing.Add(missing);
        }

        return this;
    }

    /// <summary>Records <paramref name="missing"/> as not in the plan when <paramref name="present"/> is false.</summary>
    public SheetRows Require(bool present, string missing)
    {
        if (!present)
        {
            _missing.Add(missing);
        }

        return this;
    }

    /// <summary>The start of <paramref name="programme"/>'s sheet: its heading ("GOV-01 Name") and the fact table.</summary>
    public List<Block> Start(Programme programme)
    {
        var blocks = new List<Block> { new Subheading($"{programme.Code} {w.Of(programme.Name)}", 1) };
        if (Table() is { } table)
        {
            blocks.Add(table);
        }

        return blocks;
    }

    /// <summary>Ends a sheet with the note naming what the plan lacks, if anything.</summary>
    public List<Block> End(List<Block> blocks)
    {
        if (MissingNote() is { } note)
        {
            blocks.Add(note);
        }

        return blocks;
    }

    /// <summary>The fact table (no caption: the sheet's heading names it), or nothing when there is no fact.</summary>
    public Table? Table() => _rows.Count == 0
        ? null
        : new Table([new(w.T("Butir", "Item"), Width: 1), new(w.T("Keterangan", "Details"), Width: 3)], [.. _rows]);

    /// <summary>The note naming what the plan does not hold yet, or nothing when it holds everything.</summary>
    public Paragraph? MissingNote() => _missing.Count == 0
        ? null
        : new Paragraph(
            [
                new Run(w.T("Belum dimuat dalam rencana: ", "Not yet in the plan: "), Bold: true),
                new Run(string.Join("; ", _missing) + w.T(". Lengkapi pada berkas rencana.", ". Complete them in the plan file.")),
            ],
            ParagraphKind.Note);
}
