using Karsa.Domain.Primitives;

namespace Karsa.Documents.Model;

/// <summary>
/// The masterplan book, fully decided and localised, in the ministry guide's order: a cover, the front
/// matter (approval page, Kata Pengantar, Sambutan), the contents and lists of tables and figures, an
/// executive summary and one or two volumes of chapters, sections and blocks. Renderers (DOCX, HTML,
/// PDF) only lay it out.
/// </summary>
public sealed record Book(Language Language, BookCover Cover, string ContentsTitle, Chapter Summary, IReadOnlyList<Volume> Volumes)
{
    /// <summary>The unnumbered pages between the cover and the contents (approval page, Kata Pengantar, Sambutan); none by default.</summary>
    public IReadOnlyList<Chapter> FrontMatter { get; init; } = [];

    /// <summary>Every chapter of every volume, in order.</summary>
    public IEnumerable<Chapter> Chapters => Volumes.SelectMany(v => v.Chapters);

    /// <summary>The document title for file metadata: the plan title and the volumes included.</summary>
    public string DocumentTitle => Cover.Title;

    /// <summary>The title of the list of tables ("Daftar Tabel").</summary>
    public string TablesTitle { get; init; } = Language == Language.English ? "List of Tables" : "Daftar Tabel";

    /// <summary>The title of the list of figures ("Daftar Gambar").</summary>
    public string FiguresTitle { get; init; } = Language == Language.English ? "List of Figures" : "Daftar Gambar";
}

/// <summary>The cover page: region, title, volumes, period and edition lines.</summary>
public sealed record BookCover(string Kicker, string Title, string Subtitle, IReadOnlyList<string> Lines, string Notice);

/// <summary>A volume ("Buku I Analisis Strategis"), its heading and chapters.</summary>
public sealed record Volume(int Number, string Heading, IReadOnlyList<Chapter> Chapters);

/// <summary>A chapter: a numbered heading ("2 Profil Daerah"), lead blocks and sections.</summary>
public sealed record Chapter(string Heading, IReadOnlyList<Block> Lead, IReadOnlyList<Section> Sections);

/// <summary>A section of a chapter ("2.1 Geografi") and its blocks.</summary>
public sealed record Section(string Heading, IReadOnlyList<Block> Blocks);
