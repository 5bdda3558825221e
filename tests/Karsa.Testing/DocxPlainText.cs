using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Karsa.Testing;

/// <summary>
/// The text of a part of a Word document as a reader sees it. Unlike <see cref="OpenXmlElement.InnerText"/>
/// it keeps non-breaking hyphens (<c>w:noBreakHyphen</c>, which Word prints as "-" and which the book writes
/// inside codes such as GOV-01) and leaves out field instructions.
/// </summary>
public static class DocxPlainText
{
    /// <summary>U+2011, to read a non-breaking hyphen as different from one Word may break after.</summary>
    public const char NonBreakingHyphen = '\u2011';

    /// <summary>
    /// The text of <paramref name="element"/>, each non-breaking hyphen written as
    /// <paramref name="noBreakHyphen"/> ("-" by default; U+2011 to tell it from a breaking one).
    /// </summary>
    public static string Of(OpenXmlElement element, char noBreakHyphen = '-')
    {
        ArgumentNullException.ThrowIfNull(element);
        return string.Concat(element.Descendants().Select(e => e switch
        {
            NoBreakHyphen => noBreakHyphen.ToString(),
            Text text => text.Text,
            _ => string.Empty,
        }));
    }
}
