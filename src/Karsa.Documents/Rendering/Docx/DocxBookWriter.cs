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
/// field, lists of tables and figures as TOC fields over the captions' SEQ fields, page numbers, a
/// cover, repeating table header rows and charts as pictures; headings, captions and the sentence
/// that refers to a table or figure keep with what follows, and paragraphs have widow control.
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
        foreach (var page in book.FrontMatter)
        {
            writer.Chapter(page, 1, breakBefore: true);
        }

        writer.Contents(book);
        var outline = BookOutline.Of(book);
        writer.List(book.TablesTitle, $" TOC \\h \\z \\c \"{TableSeries(book)}\" ", outline.Tables);
        writer.List(book.FiguresTitle, $" TOC \\h \\z \\c \"{FigureSeries(book)}\" ", outline.Figures);
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

    private static string TableSeries(Book book) => FirstSeries(book, b => b is Model.Table { Number: { } n } ? n.Series : null) ?? (book.Language == Language.English ? "Table" : "Tabel");

    private static string FigureSeries(Book book) => FirstSeries(book, b => b is Figure { Number: { } n } ? n.Series : null) ?? (book.Language == Language.English ? "Figure" : "Gambar");

    private static string? FirstSeries(Book book, Func<Block, string?> series) =>
        book.Chapters.SelectMany(c => c.Lead.Concat(c.Sections.SelectMany(s => s.Blocks))).Select(series).FirstOrDefault(s => s is not null);

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
            var entries = new List<(string Text, string Style)>();
            entries.AddRange(book.FrontMatter.Select(page => (page.Heading, "TOC1")));
            entries.Add((book.Summary.Heading, "TOC1"));
            foreach (var volume in book.Volumes)
            {
                entries.Add((volume.Heading, "TOC1"));
                foreach (var chapter in volume.Chapters)
                {
                    entries.Add((chapter.Heading, "TOC2"));
                    entries.AddRange(chapter.Sections.Select(s => (s.Heading, "TOC3")));
                }
            }

            Field(book.ContentsTitle, " TOC \\o \"1-3\" \\h \\z \\u ", entries);
        }

        /// <summary>A list of tables or figures: a TOC field over the captions' SEQ fields, pre-filled with the captions; nothing without entries.</summary>
        public void List(string title, string instruction, IReadOnlyList<OutlineEntry> entries)
        {
            if (entries.Count > 0)
            {
                Field(title, instruction, [.. entries.Select(e => (e.Text, "TableofFigures"))]);
            }
        }

        /// <summary>A titled field on a new page whose result is pre-filled with <paramref name="entries"/> (Word adds the page numbers when it updates the field).</summary>
        private void Field(string title, string instruction, List<(string Text, string Style)> entries)
        {
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOCHeading" }, new PageBreakBefore()), DocxText.Run(title)));
            for (var i = 0; i < entries.Count; i++)
            {
                var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = entries[i].Style }));
                if (i == 0)
                {
                    paragraph.Append(
                        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                        new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
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

        private void Blocks(IReadOnlyList<Block> blocks, int level)
        {
            for (var b = 0; b < blocks.Count; b++)
            {
                switch (blocks[b])
                {
                    case MParagraph p:
                        var style = p.Kind switch { ParagraphKind.Quote => "Quote", ParagraphKind.Preformatted => "Preformatted", ParagraphKind.Note => "Note", _ => null };
                        var paragraph = DocxText.Styled(new Paragraph(p.Runs.Select(DocxText.Of)), style);
                        if (b + 1 < blocks.Count && blocks[b + 1] is Model.Table or Figure)
                        {
                            KeepWithNext(paragraph);
                        }

                        body.Append(paragraph);
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
                                 .. item.Select(DocxText.Of)]));
                        }

                        break;
                    case Model.Table table:
                        if (table.Caption is { } caption)
                        {
                            body.Append(Caption(caption, table.Number));
                        }

                        body.Append(DocxTables.Table(table), Spacer());
                        break;
                    case Figure figure:
                        body.Append(DocxImages.Chart(main, figure.Chart, ++_pictures), Caption(figure.Caption, figure.Number));
                        break;
                    case KeyFigures keys:
                        body.Append(DocxTables.KeyFigures(keys), Spacer());
                        break;
                    case var other:
                        throw new NotSupportedException(other.GetType().Name);
                }
            }
        }

        /// <summary>
        /// A caption paragraph; a numbered one carries its running number as a SEQ field (set with \\r to
        /// the same number, so updating fields keeps "Tabel I-2.1"), which the lists' TOC fields collect.
        /// </summary>
        private static Paragraph Caption(string caption, CaptionNumber? number)
        {
            if (number is null || !caption.StartsWith(number.Label, StringComparison.Ordinal))
            {
                return DocxText.Paragraph(caption, "Caption");
            }

            var sequence = number.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }),
                DocxText.Run($"{number.Series} {number.Prefix}"),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode($" SEQ {number.Series} \\r {sequence} ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                DocxText.Run(sequence),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                DocxText.Run(caption[number.Label.Length..]));
        }

        private static void KeepWithNext(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
            properties.KeepNext = new KeepNext();
        }

        private static Paragraph Spacer() => new(new ParagraphProperties(new SpacingBetweenLines { After = "60" }));
    }
}
