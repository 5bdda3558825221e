namespace Karsa.Interchange.Tree;

/// <summary>A 1-based line and column in a plan file (columns count UTF-16 code units).</summary>
internal readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>The start of a file.</summary>
    public static TextPosition Start { get; } = new(1, 1);
}
