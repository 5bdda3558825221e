using System.Text;
using Karsa.Documents.Text;

namespace Karsa.Documents.Rendering.Html;

/// <summary>
/// The plan's Markdown as safe HTML, exactly as the HTML book shows it: parsed by
/// <see cref="MarkdownBlocks"/> (raw HTML kept as visible text, links shown as their text and address,
/// never as live links) and written by <see cref="HtmlBlockWriter"/> (every text escaped).
/// </summary>
public static class MarkdownHtml
{
    /// <summary>
    /// The HTML fragment of <paramref name="markdown"/>; its headings start one level below
    /// <paramref name="level"/>. <paramref name="inlineStyles"/> as in <see cref="HtmlBlockWriter.Write"/>.
    /// </summary>
    public static string Render(string markdown, int level = 2, bool inlineStyles = true)
    {
        var html = new StringBuilder();
        HtmlBlockWriter.Write(html, MarkdownBlocks.Parse(markdown), level, inlineStyles);
        return html.ToString();
    }
}
