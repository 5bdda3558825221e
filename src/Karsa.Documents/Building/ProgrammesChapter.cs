using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Documents.Building;

/// <summary>Buku II, chapter 3: programmes and action plan per dimension, with their cost per year and a sheet per programme.</summary>
internal static class ProgrammesChapter
{
    /// <summary>The most year columns one cost table has; a longer plan period gets several tables.</summary>
    public const int YearsPerTable = 10;

    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var draft = new ChapterDraft(c, number, w.T("Program dan Rencana Aksi", "Programmes and Action Plan"))
            .Text(w.T(
                "Setiap program dicantumkan dengan perangkat daerah pelaksana, sumber pendanaan, tahun pelaksanaan menurut peta jalan, jangka, dan biaya total dalam Rupiah; biaya per tahun disajikan dalam juta rupiah, dibulatkan.",
                "Each programme is listed with its lead agency, funding sources, years as the roadmap runs it, term and total cost in Rupiah; the cost per year is given in millions of Rupiah, rounded."))
            .Text(w.T(
                "Setelah tabel setiap dimensi, tiap program diuraikan dalam lembar program: tujuan, keluaran dan hasil dengan target tahunan, lokasi, perangkat daerah, indikator, rujukan perencanaan, tahun dan biaya per sumber dana.",
                "After each dimension's tables, every programme has its programme sheet: objective, outputs and outcomes with yearly targets, locations, agencies, indicators, planning references, years and cost per funding source."));
        var years = c.Plan.Period.Years.ToList();
        foreach (var dimension in Dimensions.All)
        {
            var programmes = c.Plan.Programmes.Where(p => p.Dimension == dimension).ToList();
            draft.Section(w.Of(dimension));
            if (programmes.Count == 0)
            {
                draft.Text(w.T("Belum ada program pada dimensi ini.", "This dimension has no programmes yet."));
                continue;
            }

            draft.Table($"{w.T("Rencana aksi", "Action plan")} {w.Of(dimension)}",
                [
                    TableColumn.Codes(w.T("Kode", "Code"), 2), new(w.T("Program", "Programme"), Width: 4), new(w.T("Pelaksana", "Lead agency"), Width: 3),
                    new(w.T("Sumber dana", "Funding"), Width: 2), new(w.T("Tahun", "Years"), ColumnAlign.Center, 2, NoBreak: true), new(w.T("Jangka", "Term"), Width: 2),
                    new(w.T("Biaya total (Rp)", "Total cost (Rp)"), ColumnAlign.Right, 4),
                ],
                programmes.Select(p => new TableRow([p.Code.Value, w.Of(p.Name), c.AgencyName(p.LeadAgency), c.Sources(p), c.Years(p), c.TermName(p), c.TotalCost(p)])));
            CostPerYear(c, draft, dimension, programmes, [.. years.Where(y => programmes.Any(p => c.Costs(p).Any(k => k.Year == y)))]);
            foreach (var programme in programmes)
            {
                draft.Add(ProgrammeSheets.Sheet(c, programme));
            }
        }

        return draft.Build();
    }

    /// <summary>
    /// The dimension's cost per programme and year in millions of Rupiah (exact totals stay in the action
    /// plan), at most <see cref="YearsPerTable"/> years to a table so it fits the page.
    /// </summary>
    private static void CostPerYear(BookContext c, ChapterDraft draft, Dimension dimension, List<Programme> programmes, List<FiscalYear> spendYears)
    {
        var w = c.W;
        var parts = spendYears.Chunk(YearsPerTable).ToList();
        foreach (var part in parts)
        {
            var range = parts.Count > 1 ? $" {Wording.Years(part[0], part[^1])}" : string.Empty;
            draft.Table($"{w.T("Biaya per tahun (juta rupiah)", "Cost per year (million Rp)")} {w.Of(dimension)}{range}",
                [TableColumn.Codes(w.T("Kode", "Code")), .. part.Select(y => new TableColumn(y.ToString(), ColumnAlign.Right))],
                [
                    .. programmes.Select(p => new TableRow([p.Code.Value, .. part.Select(y => Cell(c.Costs(p).Where(k => k.Year == y).Sum(k => k.Amount.Value)))])),
                    new TableRow([w.T("Jumlah", "Total"), .. part.Select(y => Cell(programmes.Sum(p => c.Costs(p).Where(k => k.Year == y).Sum(k => k.Amount.Value))))], IsTotal: true),
                ],
                compact: true);
        }
    }

    private static string Cell(long amount) => amount == 0 ? "-" : MoneyText.Millions(amount);
}
