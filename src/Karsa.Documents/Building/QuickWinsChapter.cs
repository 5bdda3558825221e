using Karsa.Documents.Model;
using Karsa.Documents.Text;

namespace Karsa.Documents.Building;

/// <summary>Buku II, chapter 4: the quick wins, listed and then one sheet each.</summary>
internal static class QuickWinsChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var quickWins = c.Plan.Programmes.Where(p => c.Schedule(p).QuickWin).ToList();
        var draft = new ChapterDraft(c, number, "Quick Win")
            .Narrative("quick-wins", w.T(
                "Quick win adalah program cepat dengan manfaat langsung yang dirasakan warga, diselesaikan dalam 6 sampai 12 bulan pertama.",
                "Quick wins are fast programmes with direct, felt benefit to citizens, delivered within the first 6 to 12 months."));
        if (quickWins.Count == 0)
        {
            draft.Text(w.T("Peta jalan ini belum menetapkan quick win.", "This roadmap sets no quick wins."));
            var underWay = c.Plan.Programmes.Where(p => p.QuickWinCandidate && p.IsUnderWay).Select(p => p.Code.Value).ToList();
            return (underWay.Count == 0 ? draft : draft.Text(w.T(
                $"Kandidat quick win berikut sudah berjalan sebagai layanan, sehingga tetap pada tahunnya dan tidak dijadwalkan lagi sebagai quick win: {string.Join(", ", underWay)}.",
                $"These quick-win candidates are already under way as services, so they keep their years and are not scheduled as quick wins again: {string.Join(", ", underWay)}."))).Build();
        }

        draft.Table(w.T("Daftar quick win", "Quick wins"),
                [
                    TableColumn.Codes(w.T("Kode", "Code"), 2), new(w.T("Program", "Programme"), Width: 4), new(w.T("Dimensi", "Dimension"), Width: 2),
                    new(w.T("Pelaksana", "Lead agency"), Width: 3), new(w.T("Tahun", "Years"), ColumnAlign.Center, 2, NoBreak: true), new(w.T("Biaya total (Rp)", "Total cost (Rp)"), ColumnAlign.Right, 4),
                ],
                quickWins.Select(p => new TableRow([p.Code.Value, w.Of(p.Name), w.Of(p.Dimension), c.AgencyName(p.LeadAgency), c.Years(p), c.TotalCost(p)])))
            .Section(w.T("Lembar Quick Win", "Quick-Win Sheets"))
            .Text(w.T(
                "Setiap quick win diuraikan dengan kanvas layanannya: masalah yang diselesaikan, pengguna, solusi, mitra dan ukuran keberhasilan.",
                "Each quick win is set out with its service canvas: the problem it solves, its users, the solution, partners and the measure of success."));
        foreach (var programme in quickWins)
        {
            draft.Add(QuickWinSheets.Sheet(c, programme));
        }

        return draft.Build();
    }
}
