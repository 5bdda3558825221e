using SkiaSharp;

namespace Karsa.Documents.Charts;

/// <summary>Draws a chart into a PNG (for the DOCX) with SkiaSharp, at a scale for print sharpness.</summary>
internal sealed class PngCanvas : IChartCanvas, IDisposable
{
    private static readonly string[] FontFamilies = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial"];
    private static readonly Lazy<SKTypeface> Regular = new(() => Typeface(SKFontStyle.Normal));
    private static readonly Lazy<SKTypeface> Bold = new(() => Typeface(SKFontStyle.Bold));
    private readonly SKCanvas _canvas;
    private readonly Dictionary<ChartFill, SKShader> _shaders = [];

    private PngCanvas(SKCanvas canvas) => _canvas = canvas;

    /// <summary>Draws <paramref name="chart"/> and returns PNG bytes, <paramref name="scale"/> pixels per logical pixel.</summary>
    public static byte[] Render(Chart chart, float scale = 2f)
    {
        using var bitmap = new SKBitmap((int)(chart.Width * scale), (int)(chart.Height * scale));
        using (var skCanvas = new SKCanvas(bitmap))
        using (var canvas = new PngCanvas(skCanvas))
        {
            skCanvas.Clear(SKColors.White);
            skCanvas.Scale(scale);
            ChartPainter.Paint(chart, canvas);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }

    public void Rectangle(double x, double y, double width, double height, ChartFill fill)
    {
        var rect = SKRect.Create((float)x, (float)y, (float)width, (float)height);
        using var paint = FillPaint(fill);
        _canvas.DrawRect(rect, paint);
        using var stroke = StrokePaint(0.8, 0, false);
        _canvas.DrawRect(rect, stroke);
    }

    public void Line(double x1, double y1, double x2, double y2, double width, byte grey = 0, bool dashed = false, bool dotted = false)
    {
        using var paint = StrokePaint(width, grey, dashed, dotted);
        _canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, paint);
    }

    public void Polygon(IReadOnlyList<(double X, double Y)> points, ChartFill? fill, double strokeWidth, bool dashed = false, bool dotted = false)
    {
        using var path = new SKPath();
        path.AddPoly([.. points.Select(p => new SKPoint((float)p.X, (float)p.Y))], close: true);
        if (fill is { } f)
        {
            using var paint = FillPaint(f);
            _canvas.DrawPath(path, paint);
        }

        using var stroke = StrokePaint(strokeWidth, 0, dashed, dotted);
        _canvas.DrawPath(path, stroke);
    }

    public void Text(double x, double y, string text, double size, TextAnchor anchor = TextAnchor.Start, bool bold = false, bool white = false)
    {
        using var font = new SKFont(bold ? Bold.Value : Regular.Value, (float)size);
        using var paint = new SKPaint { Color = white ? SKColors.White : SKColors.Black, IsAntialias = true };
        var align = anchor switch { TextAnchor.Middle => SKTextAlign.Center, TextAnchor.End => SKTextAlign.Right, _ => SKTextAlign.Left };
        _canvas.DrawText(text, (float)x, (float)y, align, font, paint);
    }

    public void Dispose()
    {
        foreach (var shader in _shaders.Values)
        {
            shader.Dispose();
        }
    }

    private SKPaint FillPaint(ChartFill fill)
    {
        var paint = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true, Color = new SKColor(fill.Grey, fill.Grey, fill.Grey) };
        if (fill.Hatch != Hatch.None)
        {
            paint.Shader = Shader(fill);
        }

        return paint;
    }

    private static SKPaint StrokePaint(double width, byte grey, bool dashed, bool dotted = false) => new()
    {
        Style = SKPaintStyle.Stroke,
        IsAntialias = true,
        StrokeWidth = (float)width,
        StrokeCap = dotted ? SKStrokeCap.Round : SKStrokeCap.Butt,
        Color = new SKColor(grey, grey, grey),
        PathEffect = dotted ? SKPathEffect.CreateDash([0.1f, 5f], 0) : dashed ? SKPathEffect.CreateDash([6f, 4f], 0) : null,
    };

    private SKShader Shader(ChartFill fill)
    {
        if (_shaders.TryGetValue(fill, out var cached))
        {
            return cached;
        }

        const int tile = 16;
        using var bitmap = new SKBitmap(tile, tile);
        using (var canvas = new SKCanvas(bitmap))
        using (var ink = new SKPaint { Color = SKColors.Black, StrokeWidth = 2, IsAntialias = true, Style = SKPaintStyle.Stroke })
        {
            canvas.Clear(new SKColor(fill.Grey, fill.Grey, fill.Grey));
            DrawHatch(canvas, ink, fill.Hatch, tile);
        }

        var shader = SKShader.CreateBitmap(bitmap, SKShaderTileMode.Repeat, SKShaderTileMode.Repeat, SKMatrix.CreateScale(0.5f, 0.5f));
        _shaders[fill] = shader;
        return shader;
    }

    private static void DrawHatch(SKCanvas canvas, SKPaint ink, Hatch hatch, int tile)
    {
        switch (hatch)
        {
            case Hatch.Diagonal:
                canvas.DrawLine(-2, tile + 2, tile + 2, -2, ink);
                break;
            case Hatch.BackDiagonal:
                canvas.DrawLine(-2, -2, tile + 2, tile + 2, ink);
                break;
            case Hatch.Horizontal:
                canvas.DrawLine(0, tile / 2f, tile, tile / 2f, ink);
                break;
            case Hatch.Vertical:
                canvas.DrawLine(tile / 2f, 0, tile / 2f, tile, ink);
                break;
            case Hatch.Cross:
                canvas.DrawLine(0, tile / 2f, tile, tile / 2f, ink);
                canvas.DrawLine(tile / 2f, 0, tile / 2f, tile, ink);
                break;
            case Hatch.Dots:
                ink.Style = SKPaintStyle.Fill;
                canvas.DrawCircle(tile / 2f, tile / 2f, 2.6f, ink);
                break;
            default:
                break;
        }
    }

    private static SKTypeface Typeface(SKFontStyle style) =>
        FontFamilies.Select(name => SKTypeface.FromFamilyName(name, style))
            .FirstOrDefault(t => t is not null && t.FamilyName.Length > 0) ?? SKTypeface.Default;
}
