using Karsa.Domain.Primitives;

namespace Karsa.Documents;

/// <summary>Which volumes a book holds.</summary>
public enum BookVolumes
{
    /// <summary>Both volumes in one file.</summary>
    All,

    /// <summary>Buku I, Analisis Strategis.</summary>
    StrategicAnalysis,

    /// <summary>Buku II, Masterplan.</summary>
    Masterplan,
}

/// <summary>What book to make: its language and its volumes.</summary>
public sealed record BookOptions(Language Language = Language.Indonesian, BookVolumes Volumes = BookVolumes.All)
{
    /// <summary>The defaults: Bahasa Indonesia, both volumes.</summary>
    public static BookOptions Default { get; } = new();
}

/// <summary>How far making a book has got: step <see cref="Step"/> of <see cref="Total"/>, now doing <see cref="Stage"/>.</summary>
public sealed record BookProgress(int Step, int Total, string Stage);
