namespace Karsa.Monitoring.Evaluation;

/// <summary>
/// The two weightings found in published evaluation reports (see the reference "How the ministry
/// evaluates"). Neither is a default: a cycle picks one, or sets its own.
/// </summary>
public static class WeightPresets
{
    /// <summary>Baseline 10, Output 20, Outcome 30, Impact 30, Quick Win 10: every weight published.</summary>
    public static WeightPreset Balanced { get; } = new("10-20-30-30-10",
        new("Bobot 10/20/30/30/10", "Weights 10/20/30/30/10"),
        new("Laporan evaluasi yang menerbitkan kelima bobot", "An evaluation report that publishes all five weights"),
        Baseline: 10m, Output: 20m, Outcome: 30m, Impact: 30m, QuickWin: 10m);

    /// <summary>
    /// Outcome 30, Impact 20, Quick Win 20 as published; Baseline and Output are not published and must
    /// be filled (they add up to 30 when the weights total 100, itself not stated by the source).
    /// </summary>
    public static WeightPreset ResultsFocused { get; } = new("outcome-30-impact-20-quickwin-20",
        new("Bobot outcome 30, dampak 20, quick win 20", "Weights outcome 30, impact 20, quick win 20"),
        new("Laporan evaluasi yang hanya menerbitkan bobot outcome, dampak dan quick win; bobot baseline dan output diisi pengguna (berjumlah 30)",
            "An evaluation report that publishes only the outcome, impact and quick-win weights; the user fills baseline and output (together 30)"),
        Baseline: null, Output: null, Outcome: 30m, Impact: 20m, QuickWin: 20m);

    /// <summary>Both presets.</summary>
    public static IReadOnlyList<WeightPreset> All { get; } = [Balanced, ResultsFocused];
}
