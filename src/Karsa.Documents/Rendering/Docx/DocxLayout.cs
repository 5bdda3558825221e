using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Karsa.Documents.Rendering.Docx;

/// <summary>Page setup (A4, margins, footer with page numbers), list numbering and document settings.</summary>
internal static class DocxLayout
{
    /// <summary>Left and right margin in twips (2 cm).</summary>
    public const int SideMargin = 1134;

    public const int BulletList = 1;

    public static SectionProperties Section(MainDocumentPart main)
    {
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        var empty = main.AddNewPart<FooterPart>();
        empty.Footer = new Footer(new Paragraph());
        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new FooterReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(empty) },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Bottom = 1134, Left = (uint)SideMargin, Right = (uint)SideMargin, Header = 567U, Footer = 567U, Gutter = 0U },
            new TitlePage());
    }

    public static void Settings(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new DefaultTabStop { Val = 709 }, new UpdateFieldsOnOpen { Val = true }, new Compatibility(
            new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }));
    }

    /// <summary>Numbering with one bullet list (id 1); ordered lists get their own instances from <see cref="NewOrderedList"/>.</summary>
    public static Numbering Numbering() => new(
        new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }, new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }, new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        { LevelIndex = 0 })
        { AbstractNumberId = 2 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletList });

    /// <summary>Adds a numbering instance that restarts at 1 and returns its id.</summary>
    public static int NewOrderedList(Numbering numbering)
    {
        var id = numbering.Elements<NumberingInstance>().Count() + 1;
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = 2 }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = id });
        return id;
    }
}
