using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Karsa.Documents.Model;
using Karsa.Domain.Primitives;
using MParagraph = Karsa.Documents.Model.Paragraph;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;

namespace Karsa.Documents.Rendering.Docx;

/// <summary>
/// Renders a <see cref="Book"/> as an editable Word file: A4, Heading 1-6 styles, a table-of-contents
/// field, page numbers, a cover, repeating table header rows and charts as pictures.
/// </summary>
public static class DocxBookWriter
{
    /// <summary>
    /// Writes the DOCX to <paramref name="stream"/>; <paramref name="progress"/> hears of each chapter laid
    /// out. The same book always gives the same bytes.
    /// </summary>
    public static void Write(Book book, Stream stream, IProgress<BookProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(stream);
        using var package = new MemoryStream();
        WritePackage(book, package, progress);
        StableZip.Copy(package, stream);
    }

    private static void WritePackage(Book book, Stream stream, IProgress<BookProgress>? progress)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = book.DocumentTitle;
        document.PackageProperties.Creator = "Karsa";
        document.PackageProperties.Language = book.Language == Language.English ? "en-GB" : "id-ID";
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
        var numbering = DocxLayout.Numbering();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        DocxLayout.Settings(main);
        var body = new Body();
        main.Document = new Document(body);
        var writer = new BodyWriter(main, body, numbering);
        writer.Cover(book.Cover);
        writer.Contents(book);
        var chapters = book.Chapters.Count() + 1;
        var done = 0;
        writer.Chapter(book.Summary, 1, breakBefore: true);
        progress?.Report(new BookProgress(++done, chapters, book.Summary.Heading));
        foreach (var volume in book.Volumes)
        {
            body.Append(Heading(volume.Heading, 1, breakBefore: true));
            for (var i = 0; i < volume.Chapters.Count; i++)
            {
                writer.Chapter(volume.Chapters[i], 2, breakBefore: i > 0);
                progress?.Report(new BookProgress(++done, chapters, volume.Chapters[i].Heading));
            }
        }

        body.Append(DocxLayout.Section(main));
        main.Document.Save();
    }

    /// <summary>Writes the DOCX to <paramref name="path"/>, replacing the file only when complete.</summary>
    public static void WriteFile(Book book, string path, IProgress<BookProgress>? progress = null) =>
        AtomicFile.Write(path, stream => Write(book, stream, progress));

    /// <summary>The DOCX as bytes.</summary>
    public static byte[] Render(Book book)
    {
        using var stream = new MemoryStream();
        Write(book, stream);
        return stream.ToArray();
    }

    private static Paragraph Heading(string text, int level, bool breakBefore)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{Math.Clamp(level, 1, 6)}" });
        if (!breakBefore && level <= 2)
        {
            properties.Append(new PageBreakBefore { Val = OnOffValue.FromBoolean(false) });
        }

        return new Paragraph(properties, DocxText.Run(text));
    }

    private sealed class BodyWriter(MainDocumentPart main, Body body, Numbering numbering)
    {
        private uint _pictures;

        public void Cover(BookCover cover)
        {
            body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "2400" }), DocxText.Run(string.Empty)));
            body.Append(DocxText.Paragraph(cover.Kicker, "Subtitle"));
            body.Append(DocxText.Paragraph(cover.Title, "Title"));
            body.Append(DocxText.Paragraph(cover.Subtitle, "Subtitle"));
            foreach (var line in cover.Lines)
            {
                body.Append(DocxText.Styled(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), DocxText.Run(line)), null));
            }

            body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "2400" }, new Justification { Val = JustificationValues.Center }), DocxText.Run(cover.Notice, halfPoints: 16)));
        }

        public void Contents(Book book)
        {
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOCHeading" }, new PageBreakBefore()), DocxText.Run(book.ContentsTitle)));
            var entries = new List<(string Text, int Level)> { (book.Summary.Heading, 1) };
            foreach (var volume in book.Volumes)
            {
                entries.Add((volume.Heading, 1));
                foreach (var chapter in volume.Chapters)
                {
                    entries.Add((chapter.Heading, 2));
                    entries.AddRange(chapter.Sections.Select(s => (s.Heading, 3)));
                }
            }

            for (var i = 0; i < entries.Count; i++)
            {
                var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"TOC{entries[i].Level}" }));
                if (i == 0)
                {
                    paragraph.Append(
                        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                        new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
                }

                paragraph.Append(DocxText.Run(entries[i].Text));
                if (i == entries.Count - 1)
                {
                    paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
                }

                body.Append(paragraph);
            }
        }

        public void Chapter(Chapter chapter, int level, bool breakBefore)
        {
            body.Append(Heading(chapter.Heading, level, breakBefore));
            Blocks(chapter.Lead, level);
            foreach (var section in chapter.Sections)
            {
                body.Append(Heading(section.Heading, level + 1, breakBefore: false));
                Blocks(section.Blocks, level + 1);
            }
        }

        private void Blocks(IEnumerable<Block> blocks, int level)
        {
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case MParagraph p:
                        var style = p.Kind switch { ParagraphKind.Quote => "Quote", ParagraphKind.Preformatted => "Preformatted", ParagraphKind.Note => "Note", _ => null };
                        body.Append(DocxText.Styled(new Paragraph(p.Runs.Select(r => DocxText.Run(r.Text, r.Bold, r.Italic, r.Code))), style));
                        break;
                    case Subheading s:
                        body.Append(Heading(s.Text, Math.Min(6, level + s.Level), breakBefore: false));
                        break;
                    case BulletList list:
                        var id = list.Ordered ? DocxLayout.NewOrderedList(numbering) : DocxLayout.BulletList;
                        foreach (var item in list.Items)
                        {
                            body.Append(new Paragraph(
                                [new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = id })),
                                 .. item.Select(r => DocxText.Run(r.Text, r.Bold, r.Italic, r.Code))]));
                        }

                        break;
                    case Model.Table table:
                        if (table.Caption is { } caption)
                        {
                            body.Append(DocxText.Paragraph(caption, "Caption"));
                        }

                        body.Append(DocxTables.Table(table), Spacer());
                        break;
                    case Figure figure:
                        body.Append(DocxImages.Chart(main, figure.Chart, ++_pictures), DocxText.Paragraph(figure.Caption, "Caption"));
                        break;
                    case KeyFigures keys:
                        body.Append(DocxTables.KeyFigures(keys), Spacer());
                        break;
                    default:
                        throw new NotSupportedException(block.GetType().Name);
                }
            }
        }

        private static Paragraph Spacer() => new(new ParagraphProperties(new SpacingBetweenLines { After = "60" }));
    }
}
