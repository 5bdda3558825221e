using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Web.Pages;

/// <summary>
/// Decimal numbers in forms. A form field is read as text and parsed here, never by model binding:
/// the request culture is id-ID, where binding would read a browser's "12.5" (what a number input
/// sends) as 125. Both a decimal comma and a decimal point are taken.
/// </summary>
public static class FormNumbers
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>A number as a form shows it: "12,5".</summary>
    public static string Text(decimal value) => value.ToString("0.####", Indonesian);

    /// <summary>A number typed with a decimal comma or point ("12,5", "12.5"); null when it is none.</summary>
    public static decimal? Parse(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>"<paramref name="text"/> is not a number" at <paramref name="path"/>.</summary>
    public static Diagnostic NotANumber(string path, string text) =>
        Problems.WrongType(new LocalizedText("angka, mis. 12,5", "a number, e.g. 12,5"), new LocalizedText(text)).Under(path);
}
