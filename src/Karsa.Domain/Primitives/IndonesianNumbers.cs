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
}
