using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Karsa.Documents.Rendering.Docx;

/// <summary>Runs and paragraphs of text, with characters XML cannot hold removed and line breaks kept.</summary>
internal static class DocxText
{
    /// <summary>A run of <paramref name="text"/>; a <paramref name="template"/> run is highlighted.</summary>
    public static Run Run(string text, bool bold = false, bool italic = false, bool code = false, int? halfPoints = null, bool template = false)
    {
        var run = new Run();
        var properties = new RunProperties();
        if (code)
        {
            properties.Append(new RunFonts { Ascii = DocxStyles.MonoFont, HighAnsi = DocxStyles.MonoFont, ComplexScript = DocxStyles.MonoFont });
        }

        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        if (halfPoints is { } size)
        {
            properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (template)
        {
            properties.Append(new Highlight { Val = HighlightColorValues.Yellow });
        }

        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        var lines = Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            AppendLine(run, lines[i]);
        }

        return run;
    }

    /// <summary>
    /// Appends one line of text to <paramref name="run"/>, the hyphens inside codes and year ranges as
    /// non-breaking hyphens so that Word never wraps "GOV-01" or "2023-2025" over two lines.
    /// </summary>
    private static void AppendLine(Run run, string line)
    {
        var start = 0;
        foreach (var hyphen in UnbreakableCodes.HyphensIn(line))
        {
            if (hyphen > start)
            {
                run.Append(Piece(line[start..hyphen]));
            }

            run.Append(new NoBreakHyphen());
            start = hyphen + 1;
        }

        // The rest after the last hyphen; an empty line still gets its (empty) text element.
        if (start < line.Length || start == 0)
        {
            run.Append(Piece(line[start..]));
        }
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Text Piece(string text) => new(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve };

    /// <summary>A run of a book <see cref="Model.Run"/>, keeping its emphasis and template mark.</summary>
    public static Run Of(Model.Run run) => Run(run.Text, run.Bold, run.Italic, run.Code, template: run.Template);

    public static Paragraph Paragraph(string text, string? style = null, bool bold = false, int? halfPoints = null) =>
        Styled(new Paragraph(Run(text, bold, halfPoints: halfPoints)), style);

    public static Paragraph Styled(Paragraph paragraph, string? style)
    {
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    /// <summary>The text without characters XML 1.0 forbids and with \r\n as \n.</summary>
    public static string Clean(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var clean = true;
        for (var i = 0; i < normalised.Length && clean; i++)
        {
            clean = XmlConvert.IsXmlChar(normalised[i]) || (char.IsHighSurrogate(normalised[i]) && i + 1 < normalised.Length && char.IsLowSurrogate(normalised[++i]));
        }

        if (clean)
        {
            return normalised;
        }

        var builder = new StringBuilder(normalised.Length);
        for (var i = 0; i < normalised.Length; i++)
        {
            if (XmlConvert.IsXmlChar(normalised[i]))
            {
                builder.Append(normalised[i]);
            }
            else if (char.IsHighSurrogate(normalised[i]) && i + 1 < normalised.Length && char.IsLowSurrogate(normalised[i + 1]))
            {
                builder.Append(normalised, i, 2);
                i++;
            }
        }

        return builder.ToString();
    }
}
