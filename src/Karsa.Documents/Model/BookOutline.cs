using System.Globalization;

namespace Karsa.Documents.Model;

/// <summary>One entry of the contents or of a list of tables or figures: its text, level (1-3) and HTML anchor.</summary>
public sealed record OutlineEntry(string Text, int Level, string Anchor);

/// <summary>
/// The book's headings (front matter, summary, volumes, chapters, sections) and numbered captions in reading order,
/// with their anchors: the one source of the Daftar Isi, Daftar Tabel and Daftar Gambar in every
/// format, and of where the PDF printer looks for page numbers.
/// </summary>
public sealed class BookOutline
{
    private BookOutline(IReadOnlyList<OutlineEntry> headings, IReadOnlyList<OutlineEntry> tables, IReadOnlyList<OutlineEntry> figures) =>
        (Headings, Tables, Figures) = (headings, tables, figures);

    /// <summary>The contents: level 1 for the front matter's pages, the summary and the volumes, 2 for chapters, 3 for sections.</summary>
    public IReadOnlyList<OutlineEntry> Headings { get; }

    /// <summary>The numbered tables' captions.</summary>
    public IReadOnlyList<OutlineEntry> Tables { get; }

    /// <summary>The numbered figures' captions.</summary>
    public IReadOnlyList<OutlineEntry> Figures { get; }

    /// <summary>The outline of <paramref name="book"/>.</summary>
    public static BookOutline Of(Book book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var headings = new List<OutlineEntry>();
        var tables = new List<OutlineEntry>();
        var figures = new List<OutlineEntry>();
        void Blocks(IEnumerable<Block> blocks)
        {
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case Table { Number: not null, Caption: { } caption }:
                        tables.Add(new(caption, 1, TableAnchor(tables.Count)));
                        break;
                    case Figure { Number: not null } figure:
                        figures.Add(new(figure.Caption, 1, FigureAnchor(figures.Count)));
                        break;
                }
            }
        }

        void Chapter(Chapter chapter, int level)
        {
            headings.Add(new(chapter.Heading, level, HeadingAnchor(headings.Count)));
            Blocks(chapter.Lead);
            foreach (var section in chapter.Sections)
            {
                headings.Add(new(section.Heading, level + 1, HeadingAnchor(headings.Count)));
                Blocks(section.Blocks);
            }
        }

        foreach (var page in book.FrontMatter)
        {
            Chapter(page, 1);
        }

        Chapter(book.Summary, 1);
        foreach (var volume in book.Volumes)
        {
            headings.Add(new(volume.Heading, 1, HeadingAnchor(headings.Count)));
            foreach (var chapter in volume.Chapters)
            {
                Chapter(chapter, 2);
            }
        }

        return new BookOutline(headings, tables, figures);
    }

    /// <summary>The anchor of the <paramref name="index"/>th heading (from 0).</summary>
    public static string HeadingAnchor(int index) => string.Create(CultureInfo.InvariantCulture, $"k{index + 1}");

    /// <summary>The anchor of the <paramref name="index"/>th numbered table (from 0).</summary>
    public static string TableAnchor(int index) => string.Create(CultureInfo.InvariantCulture, $"t{index + 1}");

    /// <summary>The anchor of the <paramref name="index"/>th numbered figure (from 0).</summary>
    public static string FigureAnchor(int index) => string.Create(CultureInfo.InvariantCulture, $"g{index + 1}");
}
