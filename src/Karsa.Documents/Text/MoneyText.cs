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
    public static string Compact(long amount) => IndonesianNumbers.FormatRupiahShort(amount);

    /// <summary>
    /// The amount in whole millions of Rupiah for tables "dalam juta rupiah": "3.500" for Rp 3.500.000.000,
    /// rounded half away from zero; a non-zero amount under half a million is "&lt; 1".
    /// </summary>
    public static string Millions(long amount)
    {
        var millions = Math.Round(amount / 1_000_000m, MidpointRounding.AwayFromZero);
        return millions == 0 && amount != 0 ? (amount < 0 ? "> -1" : "< 1") : IndonesianNumbers.FormatInteger((long)millions);
    }

    /// <summary>A share as a percentage in Indonesian form, always one decimal so columns read alike: "42,5%", "2,0%".</summary>
    public static string Percent(decimal share) => Wording.Fixed(share * 100m, 1) + "%";
}
