using Karsa.Domain.Primitives;

namespace Karsa.Documents.Text;

/// <summary>Money in the Indonesian forms the book uses, in every language of the book.</summary>
public static class MoneyText
{
    /// <summary>The full amount: "Rp 1.250.000.000".</summary>
    public static string Full(Rupiah amount) => amount.ToString();

    /// <summary>
    /// The short form for chart axes and summaries: "Rp 1,2 T" (triliun), "Rp 1,25 M" (miliar),
    /// "Rp 850 jt" (juta), smaller amounts in full.
    /// </summary>
    public static string Compact(long amount)
    {
        var sign = amount < 0 ? "-" : string.Empty;
        var value = Math.Abs((decimal)amount);
        return value switch
        {
            >= 1_000_000_000_000m => $"{sign}Rp {IndonesianNumbers.FormatDecimal(value / 1_000_000_000_000m)} T",
            >= 1_000_000_000m => $"{sign}Rp {IndonesianNumbers.FormatDecimal(value / 1_000_000_000m)} M",
            >= 1_000_000m => $"{sign}Rp {IndonesianNumbers.FormatDecimal(value / 1_000_000m)} jt",
            _ => IndonesianNumbers.FormatRupiah(amount),
        };
    }

    /// <summary>A share as a percentage in Indonesian form: "42,5%".</summary>
    public static string Percent(decimal share) => IndonesianNumbers.FormatDecimal(share * 100m, 1) + "%";
}
