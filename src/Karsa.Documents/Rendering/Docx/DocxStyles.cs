using DocumentFormat.OpenXml.Wordprocessing;

namespace Karsa.Documents.Rendering.Docx;

/// <summary>The book's Word styles: real Heading 1-6 (outline levels, so navigation and the TOC work), captions, quotes, tables.</summary>
internal static class DocxStyles
{
    public const string BodyFont = "Liberation Sans";
    public const string MonoFont = "Liberation Mono";

    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, ComplexScript = BodyFont, EastAsia = BodyFont },
                    new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" }, new Languages { Val = "id-ID" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new WidowControl(), new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", null, isDefault: true),
            Paragraph("Title", "Title", new StyleRunProperties(new Bold(), new FontSize { Val = "52" }), justify: true),
            Paragraph("Subtitle", "Subtitle", new StyleRunProperties(new FontSize { Val = "32" }), justify: true),
            Paragraph("Caption", "caption", new StyleRunProperties(new Bold(), new FontSize { Val = "19" }), keepNext: true),
            Paragraph("TableofFigures", "table of figures", null),
            Paragraph("Quote", "Quote", new StyleRunProperties(new Italic()), indent: 567),
            Paragraph("Preformatted", "HTML Preformatted", new StyleRunProperties(new RunFonts { Ascii = MonoFont, HighAnsi = MonoFont, ComplexScript = MonoFont }, new FontSize { Val = "18" })),
            Paragraph("Note", "Note", new StyleRunProperties(new FontSize { Val = "18" })),
            Paragraph("TOCHeading", "TOC Heading", new StyleRunProperties(new Bold(), new FontSize { Val = "32" })),
            Paragraph("TOC1", "toc 1", new StyleRunProperties(new Bold())),
            Paragraph("TOC2", "toc 2", null, indent: 284),
            Paragraph("TOC3", "toc 3", null, indent: 567),
            Paragraph("ListParagraph", "List Paragraph", null, indent: 720),
            TableStyle());
        int[] sizes = [36, 30, 25, 22, 21, 21];
        for (var level = 1; level <= 6; level++)
        {
            styles.Append(Heading(level, sizes[level - 1]));
        }

        return styles;
    }

    private static Style Heading(int level, int halfPoints)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new KeepLines());
        if (level <= 2)
        {
            paragraph.Append(new PageBreakBefore());
        }

        paragraph.Append(new SpacingBetweenLines { Before = level <= 2 ? "360" : "240", After = "120" }, new OutlineLevel { Val = level - 1 });
        return new Style(
            new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 9 }, new PrimaryStyle(), paragraph,
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" };
    }

    private static Style Paragraph(string id, string name, StyleRunProperties? run, bool isDefault = false, bool justify = false, bool keepNext = false, int indent = 0)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
            style.Append(new PrimaryStyle());
        }
        else
        {
            style.Append(new BasedOn { Val = "Normal" });
        }

        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext(), new KeepLines());
        }

        if (indent > 0)
        {
            paragraph.Append(new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (justify)
        {
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        }

        if (paragraph.HasChildren)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style TableStyle() => new(
        new StyleName { Val = "Table Grid" }, new UIPriority { Val = 59 },
        new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "777777" }, new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "777777" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "777777" }, new RightBorder { Val = BorderValues.Single, Size = 4, Color = "777777" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "777777" }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "777777" }),
            new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
    { Type = StyleValues.Table, StyleId = "TableGrid" };
}
