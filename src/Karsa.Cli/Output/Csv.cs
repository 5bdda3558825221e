namespace Karsa.Cli.Output;

/// <summary>RFC 4180 CSV lines: fields quoted when they hold a comma, quote or line break.</summary>
internal static class Csv
{
    public static string Line(params object?[] fields) => string.Join(",", fields.Select(Field));

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
