using System.Globalization;
using Karsa.Domain.Primitives;
using Karsa.Domain.Regions;
using Found = Karsa.Domain.Diagnostics.Problems;

namespace Karsa.Application.Editing;

/// <summary>Readers of the values the profile, agency, indicator and scenario forms share: choices of an enum, counts, measured values.</summary>
internal static class FieldReading
{
    private static readonly LocalizedText WholeNumber = new("bilangan bulat", "a whole number");

    /// <summary>A value of <typeparamref name="T"/> by its name (e.g. <c>Dinas</c>), or null after recording a problem (missing or unknown).</summary>
    public static T? Choice<T>(this FieldReader read, string path)
        where T : struct, Enum =>
        read.Key<T>(path, (string key, out T value) => Enum.TryParse(key, true, out value) && Enum.IsDefined(value),
            key => Found.WrongType(string.Join(", ", Enum.GetNames<T>()), key));

    /// <summary>A whole number as people write it ("955116" or "955.116"), or null when blank; other text is a problem (KRS005).</summary>
    public static long? Count(this FieldReader read, string path)
    {
        if (read.Fields.Text(path) is not { } text)
        {
            return null;
        }

        var bare = text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (long.TryParse(bare, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        read.Problems.Add(Found.WrongType(WholeNumber, new LocalizedText(text)).Under(path));
        return null;
    }

    /// <summary>
    /// A value with its year from <c>PATH.value</c> and <c>PATH.year</c>: null when both are blank; one
    /// without the other is a missing-field problem at the blank one.
    /// </summary>
    public static Measured<T>? Measured<T>(this FieldReader read, string path, Func<string, T?> value)
        where T : struct
    {
        var (valuePath, yearPath) = ($"{path}.value", $"{path}.year");
        var typedValue = read.Fields.Text(valuePath) is not null;
        var typedYear = read.Fields.Text(yearPath) is not null;
        var amount = value(valuePath);
        var year = read.Year(yearPath, required: typedValue);
        if (typedYear && !typedValue)
        {
            read.Text(valuePath, required: true);
        }

        return amount is { } a && year is { } y ? new Measured<T>(a, y) : null;
    }

    /// <summary>The text of a measured value's fields: <c>PATH.value</c> formatted by <paramref name="format"/> and <c>PATH.year</c>.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Fields<T>(string path, Measured<T>? measured, Func<T, string> format) =>
    [
        new($"{path}.value", measured is null ? null : format(measured.Value)),
        new($"{path}.year", measured?.Year.Value.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>A decimal as the forms show it: Indonesian digits, as many decimals as it has (up to 4).</summary>
    public static string Number(decimal value) => IndonesianNumbers.FormatDecimal(value, Math.Min((int)value.Scale, 4));
}
