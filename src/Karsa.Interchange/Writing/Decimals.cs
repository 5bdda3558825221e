using System.Globalization;

namespace Karsa.Interchange.Writing;

/// <summary>Writes numbers the canonical way: invariant culture, no exponent, no trailing zeros (1.50 is 1.5).</summary>
internal static class Decimals
{
    /// <summary>The canonical text of <paramref name="value"/>.</summary>
    public static string Format(decimal value)
    {
        if (value == 0)
        {
            return "0";
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }
}
