namespace Karsa.Documents.Charts;

/// <summary>The hatch drawn over a fill, so series differ without colour.</summary>
public enum Hatch
{
    /// <summary>Plain fill.</summary>
    None,

    /// <summary>Lines rising to the right.</summary>
    Diagonal,

    /// <summary>Horizontal lines.</summary>
    Horizontal,

    /// <summary>Crossed lines.</summary>
    Cross,

    /// <summary>Lines falling to the right.</summary>
    BackDiagonal,

    /// <summary>Vertical lines.</summary>
    Vertical,

    /// <summary>Dots.</summary>
    Dots,
}

/// <summary>A fill: a grey level (0 black .. 255 white) and a hatch.</summary>
public readonly record struct ChartFill(byte Grey, Hatch Hatch)
{
    private static readonly ChartFill[] Palette =
    [
        new(70, Hatch.None),
        new(200, Hatch.Diagonal),
        new(140, Hatch.None),
        new(235, Hatch.Cross),
        new(110, Hatch.Horizontal),
        new(220, Hatch.Dots),
        new(170, Hatch.BackDiagonal),
    ];

    /// <summary>The fill of the <paramref name="index"/>th series: distinct grey levels and hatches.</summary>
    public static ChartFill ForSeries(int index) => Palette[index % Palette.Length];

    /// <summary>True when dark enough that text on it should be white.</summary>
    public bool IsDark => Grey < 128 && Hatch == Hatch.None;
}
