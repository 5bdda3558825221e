using System.Text;
using Karsa.Domain.Diagnostics;
using Karsa.Interchange.Parsing;

namespace Karsa.Interchange.Indicators;

/// <summary>
/// Reads an observations file (CSV, UTF-8): a header naming the
/// columns <c>region, framework, code, period, value, source</c> and optionally <c>evidence</c>, in any
/// order, then one observation per line. Fields are separated by <c>;</c> when the header holds a
/// <c>;</c>, else by <c>,</c>. Values have no thousands separators; their decimal mark is a point, or in a
/// <c>;</c>-separated file (as spreadsheets in Indonesian write them) a comma or a point.
/// Reading streams: one line at a time, never the whole file. It is all-or-nothing: rows are handed
/// out until the first problem, the rest of the file is still checked, and at the end a
/// <see cref="DomainException"/> carries every problem at file:line:column (the first
/// <see cref="MaxListedErrors"/>, then KRS127 with the count of the others), so a store writing the
/// rows in one transaction writes none.
/// </summary>
public static class ObservationsCsv
{
    /// <summary>How many problems are listed before the rest are only counted.</summary>
    public const int MaxListedErrors = 100;

    /// <summary>The longest indicator code.</summary>
    public const int MaxCodeLength = 60;

    /// <summary>The longest source text.</summary>
    public const int MaxSourceLength = 500;

    /// <summary>The longest evidence id.</summary>
    public const int MaxEvidenceLength = 100;

    /// <summary>
    /// The observations of <paramref name="reader"/>, one line at a time; <paramref name="fileName"/> is
    /// used in locations; with a <paramref name="scope"/>, a row of another region or of an unknown
    /// indicator is wrong too. Throws <see cref="DomainException"/> at the end when any line is wrong.
    /// </summary>
    public static IEnumerable<ObservationsCsvRow> Read(TextReader reader, string fileName, ObservationScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new ObservationsCsvErrors(fileName, MaxListedErrors);
        var header = ReadHeader(reader, errors);
        if (header is not null)
        {
            var fields = new ObservationsCsvFields(header, errors, scope);
            long line = 1;
            while (reader.ReadLine() is { } text)
            {
                line++;
                if (text.Length > 0 && fields.Read(text, line) is { } row && !errors.Any)
                {
                    yield return row;
                }
            }
        }

        if (errors.Any)
        {
            throw new DomainException(errors.All());
        }
    }

    /// <summary>The observations of the file at <paramref name="path"/> (see <see cref="Read"/>); an unreadable file is KRS008.</summary>
    public static IEnumerable<ObservationsCsvRow> ReadFile(string path, ObservationScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = Open(path);
        foreach (var row in Read(reader, path, scope))
        {
            yield return row;
        }
    }

    /// <summary>Every problem of <paramref name="reader"/>'s observations, storing nothing (empty when the file is right).</summary>
    public static IReadOnlyList<Diagnostic> Check(TextReader reader, string fileName, ObservationScope? scope = null)
    {
        try
        {
            foreach (var _ in Read(reader, fileName, scope))
            {
            }

            return [];
        }
        catch (DomainException refused)
        {
            return refused.Problems;
        }
    }

    private static ObservationsCsvHeader? ReadHeader(TextReader reader, ObservationsCsvErrors errors)
    {
        var first = reader.ReadLine();
        if (first is null)
        {
            errors.Add(Problems.MissingField("region"), 1, 1);
            return null;
        }

        return ObservationsCsvHeader.Read(first.TrimStart('\uFEFF'), errors);
    }

    private static StreamReader Open(string path)
    {
        try
        {
            return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            var reason = error is FileNotFoundException or DirectoryNotFoundException ? SyntaxTexts.FileNotFound
                : error is UnauthorizedAccessException ? SyntaxTexts.NoPermission : SyntaxTexts.ReadFailed;
            throw new DomainException(Problems.FileUnreadable(path, reason) with { Location = new SourceLocation(path, 1, 1) });
        }
    }
}
