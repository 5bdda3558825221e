using System.Globalization;

namespace Karsa.Domain.Primitives;

/// <summary>
/// Number formatting in Indonesian form (dot for thousands, comma for decimals), independent of the
/// machine's culture data.
/// </summary>
public static class IndonesianNumbers
{
    /// <summary>Indonesian number format: "1.250.000,5".</summary>
    public static NumberFormatInfo Format { get; } = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>Whole number with thousands separators: 1.250.000.</summary>
    public static string FormatInteger(long value) => value.ToString("N0", Format);

    /// <summary>A decimal with up to <paramref name="decimals"/> places, trailing zeros dropped.</summary>
    public static string FormatDecimal(decimal value, int decimals = 2) =>
        Math.Round(value, decimals).ToString("#,0." + new string('#', decimals), Format);

    /// <summary>Money: "Rp 1.250.000.000", negatives as "-Rp 1.000".</summary>
    public static string FormatRupiah(long value) =>
        value < 0 ? "-Rp " + (-(decimal)value).ToString("N0", Format) : "Rp " + FormatInteger(value);

    /// <summary>
    /// Money in short form for summaries and chart axes: "Rp 1,2 T" (triliun), "Rp 1,25 M" (miliar),
    /// "Rp 850 jt" (juta), smaller amounts in full.
    /// </summary>
    public static string FormatRupiahShort(long amount)
    {
        var sign = amount < 0 ? "-" : string.Empty;
        var value = Math.Abs((decimal)amount);
        return value switch
        {
            >= 1_000_000_000_000m => $"{sign}Rp {FormatDecimal(value / 1_000_000_000_000m)} T",
            >= 1_000_000_000m => $"{sign}Rp {FormatDecimal(value / 1_000_000_000m)} M",
            >= 1_000_000m => $"{sign}Rp {FormatDecimal(value / 1_000_000m)} jt",
            _ => FormatRupiah(amount),
        };
    }
}
