using Karsa.Domain.Primitives;
using Karsa.Domain.Versions;
using Karsa.Monitoring.Calendar;

namespace Karsa.Application.Versions;

/// <summary>Values of a comparison as a person writes them: money and numbers in Indonesian form in both languages, texts in «quotes», shortened.</summary>
public static class ValueWording
{
    /// <summary>The longest text shown in a sentence before it is cut with "…" (the JSON keeps it whole).</summary>
    public const int MaxTextLength = 120;

    /// <summary>A value in <paramref name="language"/>; a code of <paramref name="field"/> that has a word (a delivery status) reads as that word.</summary>
    public static string Format(ChangeValue value, Language language, string? field = null) => value switch
    {
        CodeValue code when field is not null && ChangeLabels.CodeWord(field, code.Code, language) is { } word => word,
        DateValue date => CalendarDays.Format(date.Day, language),
        TextValue text => Quote(text.Text.In(language)),
        MoneyValue money => IndonesianNumbers.FormatRupiah(money.Amount.Value),
        YearValue year => year.Year.ToString(),
        YearsValue years => Years(years.Years, language),
        NumberValue number => IndonesianNumbers.FormatDecimal(number.Number, 4),
        FlagValue flag => flag.Flag ? Say.T(language, "ya", "yes") : Say.T(language, "tidak", "no"),
        CodeValue code => code.Code,
        DependencyValue dependency => dependency.LagYears == 0
            ? dependency.Programme.Value
            : $"{dependency.Programme.Value} ({Say.T(language, "jeda", "lag")} {Years(dependency.LagYears, language)})",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The difference from <paramref name="old"/> to <paramref name="new"/> as " (+Rp 250.000.000)" for money and numbers; empty otherwise.</summary>
    public static string Difference(ChangeValue? old, ChangeValue? @new) => (old, @new) switch
    {
        (MoneyValue a, MoneyValue b) => $" ({Signed(IndonesianNumbers.FormatRupiah((b.Amount - a.Amount).Value), b.Amount > a.Amount)})",
        (NumberValue a, NumberValue b) => $" ({Signed(IndonesianNumbers.FormatDecimal(b.Number - a.Number, 4), b.Number > a.Number)})",
        _ => string.Empty,
    };

    /// <summary>A text in «quotes», cut at <see cref="MaxTextLength"/> characters with "…", on one line.</summary>
    public static string Quote(string text)
    {
        var line = string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= MaxTextLength)
        {
            return "«" + line + "»";
        }

        var cut = char.IsHighSurrogate(line[MaxTextLength - 1]) ? MaxTextLength - 1 : MaxTextLength;
        return "«" + line[..cut].TrimEnd() + "…»";
    }

    private static string Years(int years, Language language) => language == Language.English
        ? $"{years} year{(years == 1 ? string.Empty : "s")}"
        : $"{years} tahun";

    private static string Signed(string amount, bool increase) => increase ? "+" + amount : amount;
}
