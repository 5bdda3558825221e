using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation;

/// <summary>The ministry's five evaluation dimensions (guidance 2.0, results-based).</summary>
public enum EvaluationDimension
{
    /// <summary>The region's starting point.</summary>
    Baseline,

    /// <summary>Policy, institutions and budget in place.</summary>
    Output,

    /// <summary>Execution of the masterplan.</summary>
    Outcome,

    /// <summary>Benefit to citizens, engagement, sustainability.</summary>
    Impact,

    /// <summary>The quick wins delivered.</summary>
    QuickWin,
}

/// <summary>Keys and names of the evaluation dimensions.</summary>
public static class EvaluationDimensions
{
    /// <summary>All five, in the ministry's order.</summary>
    public static IReadOnlyList<EvaluationDimension> All { get; } = Enum.GetValues<EvaluationDimension>();

    /// <summary>The key used in field paths: <c>baseline</c>, <c>output</c>, <c>outcome</c>, <c>impact</c>, <c>quickWin</c>.</summary>
    public static string Key(this EvaluationDimension dimension) =>
        dimension == EvaluationDimension.QuickWin ? "quickWin" : dimension.ToString().ToLowerInvariant();

    /// <summary>The display name in both languages.</summary>
    public static LocalizedText Name(this EvaluationDimension dimension) => dimension switch
    {
        EvaluationDimension.Baseline => new("Baseline", "Baseline"),
        EvaluationDimension.Output => new("Keluaran (output)", "Output"),
        EvaluationDimension.Outcome => new("Hasil (outcome)", "Outcome"),
        EvaluationDimension.Impact => new("Dampak (impact)", "Impact"),
        _ => new("Quick win", "Quick win"),
    };
}
