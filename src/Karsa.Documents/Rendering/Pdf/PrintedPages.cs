using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Tokens;

namespace Karsa.Documents.Rendering.Pdf;

/// <summary>
/// Reads back from a printed book the page each anchor is on. Chromium prints every in-page link
/// (<c>&lt;a href="#k12"&gt;</c>) as a link annotation whose named destination is the anchor's id,
/// resolved to the page the anchor landed on; the contents and the lists of tables and figures link to
/// every entry, so their links alone tell every entry's page, exactly, with no text matching.
/// </summary>
internal static class PrintedPages
{
    /// <summary>The page (from 1, the cover) of each of <paramref name="anchors"/> that a link in <paramref name="pdf"/> points to.</summary>
    public static IReadOnlyDictionary<string, int> Find(byte[] pdf, IReadOnlyCollection<string> anchors)
    {
        using var document = PdfDocument.Open(pdf);
        return Find(document, anchors);
    }

    /// <summary>
    /// As <see cref="Find(byte[], IReadOnlyCollection{string})"/>, for an open document. Pages are read
    /// in order until every anchor is found, so only the contents' pages are read when all is well.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Find(PdfDocument document, IReadOnlyCollection<string> anchors)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(anchors);
        var wanted = anchors.ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var number = 1; number <= document.NumberOfPages && found.Count < wanted.Count; number++)
        {
            foreach (var link in document.GetPage(number).GetAnnotations().Where(a => a.Type == AnnotationType.Link))
            {
                if (Anchor(link) is { } anchor && wanted.Contains(anchor) && link.Action is AbstractGoToAction { Destination: { } destination })
                {
                    found.TryAdd(anchor, destination.PageNumber);
                }
            }
        }

        return found;
    }

    private static string? Anchor(Annotation link) => link.AnnotationDictionary.TryGet(NameToken.Dest, out var destination)
        ? destination switch
        {
            NameToken name => name.Data,
            StringToken text => text.Data,
            _ => null,
        }
        : null;
}
