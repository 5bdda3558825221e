using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;

namespace Karsa.Interchange.Indicators;

/// <summary>
/// Turns one data line of an observations file into a row, reporting each wrong field at its column:
/// the region code (KRS010), the framework key (KRS005), the code (empty KRS007, too long KRS129, a
/// <c>local</c> code of the wrong form KRS011), the period (KRS122), the value (KRS126), the source and
/// evidence (KRS007, KRS129); a line of the wrong width is KRS125 and broken quoting KRS128; a row
/// outside the import's <see cref="ObservationScope"/> is KRS165 or KRS166.
/// </summary>
internal sealed class ObservationsCsvFields(ObservationsCsvHeader header, ObservationsCsvErrors errors, ObservationScope? scope = null)
{
    private static readonly string Frameworks = string.Join(", ", FrameworkNames.Keys);
    private readonly int _evidence = header["evidence"];
    private long _line;
    private bool _wrong;

    /// <summary>The row of <paramref name="text"/> (line <paramref name="line"/>), or null when a field is wrong.</summary>
    public ObservationsCsvRow? Read(string text, long line)
    {
        var fields = ObservationsCsvLine.Split(text, header.Separator, out var badQuote);
        if (fields is null)
        {
            errors.Add(Problems.CsvQuote(), line, badQuote);
            return null;
        }

        if (fields.Count != header.Count)
        {
            // Too many: at the first field past the header's; too few: at the last field there is.
            errors.Add(Problems.CsvFieldCount(header.Count, fields.Count), line, fields[Math.Min(fields.Count - 1, header.Count)].Column);
            return null;
        }

        (_line, _wrong) = (line, false);
        var region = Field(fields, "region", RegionOf);
        var framework = Field(fields, "framework", FrameworkOf);
        var code = Field(fields, "code", value => Text(value, ObservationsCsv.MaxCodeLength));
        if (framework == IndicatorFramework.Local && code is not null)
        {
            Field(fields, "code", value => new IndicatorCode(value).Value);
        }

        var period = Field(fields, "period", ObservationPeriod.Parse);
        var value = Field(fields, "value", Number);
        var source = Field(fields, "source", value => Text(value, ObservationsCsv.MaxSourceLength));
        var evidence = _evidence < 0 || fields[_evidence].Text.Trim().Length == 0 ? null : Field(fields, "evidence", value => Text(value, ObservationsCsv.MaxEvidenceLength));
        return _wrong ? null : InScope(fields, new ObservationsCsvRow(line, region, framework, code!, period!, value, source!, evidence));
    }

    /// <summary><paramref name="row"/>, or null when the scope refuses it (each problem reported at its column).</summary>
    private ObservationsCsvRow? InScope(List<(string Text, int Column)> fields, ObservationsCsvRow row)
    {
        var problems = scope?.Check(row).ToList() ?? [];
        foreach (var (column, problem) in problems)
        {
            errors.Add(problem with { Path = column }, _line, fields[header[column]].Column);
        }

        return problems.Count == 0 ? row : null;
    }

    /// <summary>The column's trimmed text made into a value by <paramref name="make"/>; a refusal is reported at the column.</summary>
    private T? Field<T>(List<(string Text, int Column)> fields, string column, Func<string, T> make)
    {
        var (text, at) = fields[header[column]];
        try
        {
            return make(text.Trim());
        }
        catch (DomainException refused)
        {
            _wrong = true;
            foreach (var problem in refused.Problems)
            {
                errors.Add(problem with { Path = column }, _line, at);
            }

            return default;
        }
    }

    private static RegionCode RegionOf(string text) =>
        RegionCode.TryParse(text, out var region) ? region : throw new DomainException(Problems.MalformedRegionCode(text));

    private static IndicatorFramework FrameworkOf(string text) =>
        FrameworkNames.Parse(text) ?? throw new DomainException(Problems.WrongType(new LocalizedText($"salah satu dari {Frameworks}", $"one of {Frameworks}"), new LocalizedText(text)));

    private static string Text(string text, int max) =>
        text.Length == 0 ? throw new DomainException(Problems.EmptyText())
        : text.Length > max ? throw new DomainException(Problems.TextTooLong(text.Length, max))
        : text;

    /// <summary>A plain decimal: optional sign, digits, at most one decimal mark (a comma only in a ';' file).</summary>
    private decimal Number(string text)
    {
        var invariant = header.Separator == ';' ? text.Replace(',', '.') : text;
        var marks = invariant.Count(c => c == '.');
        return marks <= 1 && decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DomainException(Problems.CsvNumber(text, header.Separator));
    }
}
