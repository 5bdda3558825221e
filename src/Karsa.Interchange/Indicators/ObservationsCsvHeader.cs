using Karsa.Domain.Diagnostics;

namespace Karsa.Interchange.Indicators;

/// <summary>
/// The header line of an observations file: its separator (<c>;</c> when the header holds one, else
/// <c>,</c>) and where each column stands. Column names are matched ignoring case and surrounding
/// spaces, in any order; <c>evidence</c> may be left out.
/// </summary>
internal sealed class ObservationsCsvHeader
{
    /// <summary>The columns every file has.</summary>
    public static readonly string[] Required = ["region", "framework", "code", "period", "value", "source"];

    /// <summary>Every column a file may have.</summary>
    public static readonly string[] Known = [.. Required, "evidence"];

    private readonly Dictionary<string, int> _index;

    private ObservationsCsvHeader(char separator, Dictionary<string, int> index, int count) => (Separator, _index, Count) = (separator, index, count);

    /// <summary>The field separator of the file.</summary>
    public char Separator { get; }

    /// <summary>How many fields every line has.</summary>
    public int Count { get; }

    /// <summary>The position of <paramref name="column"/> among the fields, or -1 when the file lacks it.</summary>
    public int this[string column] => _index.TryGetValue(column, out var at) ? at : -1;

    /// <summary>Reads the header line, reporting each unknown, repeated or missing column; null when it is not usable.</summary>
    public static ObservationsCsvHeader? Read(string line, ObservationsCsvErrors errors)
    {
        var separator = line.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var fields = ObservationsCsvLine.Split(line, separator, out var badQuote);
        if (fields is null)
        {
            errors.Add(Problems.CsvQuote(), 1, badQuote);
            return null;
        }

        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            var (text, column) = fields[i];
            var name = text.Trim();
            if (!Known.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(Problems.UnknownField(name, Known).Under(name), 1, column);
            }
            else if (!index.TryAdd(name, i))
            {
                errors.Add(Problems.DuplicateKey(name).Under(name), 1, column);
            }
        }

        foreach (var missing in Required.Where(r => !index.ContainsKey(r)))
        {
            errors.Add(Problems.MissingField(missing).Under(missing), 1, 1);
        }

        return errors.Any ? null : new ObservationsCsvHeader(separator, index, fields.Count);
    }
}
