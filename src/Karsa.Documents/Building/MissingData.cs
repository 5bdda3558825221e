using Karsa.Documents.Model;
using Karsa.Documents.Text;

namespace Karsa.Documents.Building;

/// <summary>
/// The one sentence a section prints instead of an empty chart, a table of dashes or "Rp 0": what the
/// plan does not hold yet and which field of the plan file to fill in (shown as code).
/// </summary>
internal static class MissingData
{
    /// <summary>"{what}; isi <c>field</c> {where} dalam rencana." in the book's language.</summary>
    public static Paragraph Sentence(Wording w, string what, string field, string where) =>
        new([new Run($"{what}; {w.T("isi", "fill in")} "), new Run(field, Code: true), new Run($" {where} {w.T("dalam rencana.", "in the plan.")}")]);

    /// <summary>No programme has a cost: spending per year and source cannot be shown.</summary>
    public static Paragraph Costs(Wording w) => Sentence(w,
        w.T("Biaya program belum diisi, sehingga belanja per tahun dan per sumber dana belum dapat disajikan",
            "Programme costs are not filled in yet, so spending per year and per funding source cannot be shown"),
        "costs", w.T("per program (tahun dan sumber dana)", "per programme (year and funding source)"));

    /// <summary>No SWOT item in any quadrant.</summary>
    public static Paragraph Swot(Wording w) => Sentence(w,
        w.T("Analisis SWOT belum diisi", "The SWOT analysis is not filled in yet"),
        "swot", w.T("(kekuatan, kelemahan, peluang, ancaman)", "(strengths, weaknesses, opportunities, threats)"));

    /// <summary>No indicator: the masterplan's results cannot be measured.</summary>
    public static Paragraph Indicators(Wording w) => Sentence(w,
        w.T("Indikator belum diisi, sehingga capaian masterplan belum dapat diukur", "Indicators are not filled in yet, so the masterplan's results cannot be measured"),
        "indicators", w.T("beserta target per tahun (targets)", "with their yearly targets (targets)"));

    /// <summary>No readiness score: the readiness table, radar and gaps cannot be shown.</summary>
    public static Paragraph Readiness(Wording w, string shown) => Sentence(w,
        w.T($"Kesiapan belum dinilai, sehingga {shown} belum dapat disajikan", $"Readiness has not been assessed yet, so {shown} cannot be shown"),
        "readiness", w.T("per dimensi dan pilar", "per dimension and pillar"));
}
