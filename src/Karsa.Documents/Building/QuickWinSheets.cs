using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Documents.Building;

/// <summary>
/// The quick-win sheet: one short sheet per quick win of the roadmap, with its service canvas (problem,
/// users, solution, partners, measure of success), its lead agency, years and cost, and a note naming
/// what the plan does not hold yet.
/// </summary>
internal static class QuickWinSheets
{
    /// <summary>The blocks of <paramref name="programme"/>'s quick-win sheet.</summary>
    public static IEnumerable<Block> Sheet(BookContext c, Programme programme)
    {
        var w = c.W;
        var rows = new SheetRows(w)
            .Fact(w.T("Dimensi", "Dimension"), w.Of(programme.Dimension))
            .Fact(w.T("Perangkat daerah pelaksana", "Lead agency"), c.AgencyName(programme.LeadAgency))
            .Fact(w.T("Tahun pelaksanaan", "Years"), c.Years(programme))
            .Fact(w.T("Biaya total", "Total cost"), ProgrammeSheets.TotalCost(c, programme), w.T("perkiraan biaya", "cost estimate"));
        if (programme.ServiceCanvas is { } canvas)
        {
            CanvasFacts(rows, w, canvas, missing: true);
        }
        else
        {
            rows.Require(false, w.T("kanvas layanan (masalah, pengguna, solusi, mitra, ukuran keberhasilan)", "service canvas (problem, users, solution, partners, measure of success)"));
        }

        return rows.End(rows.Start(programme));
    }

    /// <summary>Adds the canvas's fields as facts; with <paramref name="missing"/>, an absent field is named as missing.</summary>
    public static void CanvasFacts(SheetRows rows, Wording w, ServiceCanvas canvas, bool missing)
    {
        Fact(w.T("Masalah", "Problem"), canvas.Problem, w.T("masalah", "problem"));
        Fact(w.T("Pengguna", "Users"), canvas.Users, w.T("pengguna", "users"));
        Fact(w.T("Solusi", "Solution"), canvas.Solution, w.T("solusi", "solution"));
        Fact(w.T("Mitra", "Partners"), canvas.Partners, w.T("mitra", "partners"));
        Fact(w.T("Ukuran keberhasilan", "Measure of success"), canvas.SuccessMeasure, w.T("ukuran keberhasilan", "measure of success"));

        void Fact(string label, LocalizedText? value, string name) =>
            rows.Fact(label, value is null ? null : w.Of(value), missing ? $"{w.T("kanvas layanan", "service canvas")}: {name}" : null);
    }
}
