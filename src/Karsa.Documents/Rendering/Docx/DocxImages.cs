using DocumentFormat.OpenXml.Packaging;
using Karsa.Documents.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Karsa.Documents.Rendering.Docx;

/// <summary>Charts as PNG pictures placed inline at the full text width.</summary>
internal static class DocxImages
{
    private const long EmuPerTwip = 635;

    public static W.Paragraph Chart(MainDocumentPart main, Chart chart, uint id)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(PngCanvas.Render(chart)))
        {
            part.FeedData(stream);
        }

        var relationship = main.GetIdOfPart(part);
        var width = DocxTables.TextWidth * EmuPerTwip;
        var height = width * chart.Height / chart.Width;
        var name = $"chart{id}.png";
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = name, Description = chart.Description }, new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = height }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = chart.Description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new W.Paragraph(new W.ParagraphProperties(new W.KeepNext(), new W.Justification { Val = W.JustificationValues.Center }), new W.Run(new W.Drawing(inline)));
    }
}
