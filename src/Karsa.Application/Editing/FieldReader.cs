using System.Globalization;
using System.Text.RegularExpressions;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Found = Karsa.Domain.Diagnostics.Problems;

namespace Karsa.Application.Editing;

/// <summary>
/// Reads typed values out of <see cref="FormFields"/>, collecting every problem at the path of the
/// field it concerns (relative to the part being edited) instead of stopping at the first.
/// </summary>
internal sealed partial class FieldReader(FormFields fields)
{
    private static readonly LocalizedText WholeNumber = new("bilangan bulat", "a whole number");

    /// <summary>The problems found so far, with relative paths.</summary>
    public List<Diagnostic> Problems { get; } = [];

    /// <summary>The fields read.</summary>
    public FormFields Fields => fields;

    /// <summary>
    /// Runs <paramref name="make"/> (a constructor that checks its value); a refusal is recorded
    /// under <paramref name="path"/> and gives false.
    /// </summary>
    public bool TryBuild<T>(string path, Func<T> make, out T value)
    {
        try
        {
            value = make();
            return true;
        }
        catch (DomainException refused)
        {
            Problems.AddRange(refused.Problems.Select(p => p.Within(path)));
            value = default!;
            return false;
        }
    }

    /// <summary>The text of <paramref name="path"/>, or a missing-field problem when blank and <paramref name="required"/>.</summary>
    public string? Text(string path, bool required)
    {
        var text = fields.Text(path);
        if (text is null && required)
        {
            Problems.Add(Found.MissingField(path).Under(path));
        }

        return text;
    }

    /// <summary>A text in both languages from <c>PATH.id</c> and <c>PATH.en</c>; null when both are blank and it is optional.</summary>
    public LocalizedText? Localized(string path, bool required)
    {
        var (id, en) = (fields.Text(Child(path, "id")), fields.Text(Child(path, "en")));
        if (id is null && en is null && !required)
        {
            return null;
        }

        return TryBuild(path, () => new LocalizedText(id ?? string.Empty, en), out var text) ? text : null;
    }

    /// <summary>A whole number, or null when blank (a problem when <paramref name="required"/>).</summary>
    public int? Int(string path, bool required)
    {
        if (Text(path, required) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problems.Add(Found.WrongType(WholeNumber, new LocalizedText(text)).Under(path));
        return null;
    }

    /// <summary>A fiscal year, or null when blank.</summary>
    public FiscalYear? Year(string path, bool required = false) =>
        Int(path, required) is { } year && TryBuild(path, () => new FiscalYear(year), out var fiscal) ? fiscal : null;

    /// <summary>
    /// Whole Rupiah as people write it ("1250000000", "1.250.000.000", "Rp 1.250.000.000"), or null when
    /// blank; a fraction or other text is a problem (KRS014).
    /// </summary>
    public long? Money(string path)
    {
        if (fields.Text(path) is not { } text)
        {
            return null;
        }

        var bare = text.Replace("Rp", string.Empty, StringComparison.OrdinalIgnoreCase).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal);
        if (MoneyPattern().IsMatch(bare)
            && long.TryParse(bare.Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problems.Add(Found.NonIntegerMoney(text).Under(path));
        return null;
    }

    /// <summary>
    /// A decimal number as people write it in Indonesian ("73,4", "1.250,5") or with a decimal point
    /// ("73.4"), or null when blank.
    /// </summary>
    public decimal? Decimal(string path)
    {
        if (fields.Text(path) is not { } text)
        {
            return null;
        }

        var invariant = DecimalPointPattern().IsMatch(text) ? text : text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        if (decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problems.Add(Found.WrongType(new LocalizedText("bilangan", "a number"), new LocalizedText(text)).Under(path));
        return null;
    }

    /// <summary>A key from a fixed set (e.g. a dimension), or null after recording <paramref name="unknown"/>'s problem.</summary>
    public T? Key<T>(string path, TryParseKey<T> parse, Func<string, Diagnostic> unknown)
        where T : struct
    {
        if (Text(path, required: true) is not { } text)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        Problems.Add(unknown(text).Under(path));
        return null;
    }

    /// <summary>The codes of a comma- or space-separated list at <paramref name="path"/>, each checked by <paramref name="make"/> at <c>PATH[i]</c>.</summary>
    public ValueList<T> Codes<T>(string path, Func<string, T> make)
    {
        var items = fields.Items(path);
        var codes = new List<T>();
        for (var i = 0; i < items.Count; i++)
        {
            if (TryBuild(path.Item(i), () => make(items[i]), out var code))
            {
                codes.Add(code);
            }
        }

        return codes.ToValueList();
    }

    private static string Child(string path, string field) => path.Length == 0 ? field : path.Field(field);

    /// <summary>Parses a key into a value.</summary>
    public delegate bool TryParseKey<T>(string key, out T value);

    [GeneratedRegex(@"^-?(\d{1,3}(\.\d{3})+|\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"^-?\d+\.\d{1,2}$|^-?\d+\.\d{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPointPattern();
}
