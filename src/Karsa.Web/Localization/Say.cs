using System.Globalization;
using Karsa.Domain.Primitives;

namespace Karsa.Web.Localization;

/// <summary>
/// Words in the request's language (Bahasa Indonesia unless the user switched to English), and numbers
/// and money in Indonesian form in both. Pages import it with <c>@using static</c>.
/// </summary>
public static class Say
{
    /// <summary>The request's language, from the current UI culture.</summary>
    public static Language Language =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? Language.English : Language.Indonesian;

    /// <summary>The HTML <c>lang</c> attribute's value.</summary>
    public static string HtmlLang => Language == Language.English ? "en" : "id";

    /// <summary>The Indonesian or the English text.</summary>
    public static string T(string indonesian, string english) => Language == Language.English ? english : indonesian;

    /// <summary>A localized text in the request's language.</summary>
    public static string T(LocalizedText? text) => text?.In(Language) ?? "";

    /// <summary>Whole Rupiah in Indonesian form, e.g. "Rp 1.250.000.000".</summary>
    public static string Money(long rupiah) => IndonesianNumbers.FormatRupiah(rupiah);

    /// <summary>A whole number in Indonesian form, e.g. "955.116".</summary>
    public static string Number(long value) => IndonesianNumbers.FormatInteger(value);

    /// <summary>A decimal number in Indonesian form, e.g. "73,4".</summary>
    public static string Number(decimal value, int decimals) => IndonesianNumbers.FormatDecimal(value, decimals);

    /// <summary>An evaluation index as published, in Indonesian form in both languages: "3,30" (rounded only by the model's IndexDisplay).</summary>
    public static string Index(decimal value) => Monitoring.Evaluation.Scoring.IndexDisplay.Format(value, Language.Indonesian);

    /// <summary>A change of an evaluation index, signed: "+0,30", "-0,05", "0,00".</summary>
    public static string IndexChange(decimal delta) => Monitoring.Evaluation.Scoring.IndexDisplay.FormatChange(delta, Language.Indonesian);
}
