using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;

namespace Karsa.Documents.Building;

/// <summary>Buku II, chapter 3: programmes and action plan per dimension, with their cost per year.</summary>
internal static class ProgrammesChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var draft = new ChapterDraft(c, number, w.T("Program dan Rencana Aksi", "Programmes and Action Plan"))
            .Text(w.T(
                "Setiap program dicantumkan dengan perangkat daerah pelaksana, sumber pendanaan, tahun pelaksanaan menurut peta jalan, jangka, dan biaya dalam Rupiah.",
                "Each programme is listed with its lead agency, funding sources, years as the roadmap runs it, term and cost in Rupiah."));
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
                    new(w.T("Kode", "Code"), ColumnAlign.Center, 2), new(w.T("Program", "Programme"), Width: 4), new(w.T("Pelaksana", "Lead agency"), Width: 3),
                    new(w.T("Sumber dana", "Funding"), Width: 2), new(w.T("Tahun", "Years"), ColumnAlign.Center, 2), new(w.T("Jangka", "Term"), Width: 2),
                    new(w.T("Biaya total", "Total cost"), ColumnAlign.Right, 4),
                ],
                programmes.Select(p => new TableRow([p.Code.Value, w.Of(p.Name), c.AgencyName(p.LeadAgency), c.Sources(p), c.Years(p), c.TermName(p), p.TotalCost.ToString()])));
            var spendYears = years.Where(y => programmes.Any(p => c.Costs(p).Any(k => k.Year == y))).ToList();
            if (spendYears.Count == 0)
            {
                continue;
            }

            draft.Table($"{w.T("Biaya per tahun (Rp)", "Cost per year (Rp)")} {w.Of(dimension)}",
                [new(w.T("Kode", "Code"), ColumnAlign.Center), .. spendYears.Select(y => new TableColumn(y.ToString(), ColumnAlign.Right))],
                [
                    .. programmes.Select(p => new TableRow([p.Code.Value, .. spendYears.Select(y => Cell(c.Costs(p).Where(k => k.Year == y).Sum(k => k.Amount.Value)))])),
                    new TableRow([w.T("Jumlah", "Total"), .. spendYears.Select(y => Cell(programmes.Sum(p => c.Costs(p).Where(k => k.Year == y).Sum(k => k.Amount.Value))))], IsTotal: true),
                ],
                compact: true);
        }

        return draft.Build();
    }

    private static string Cell(long amount) => amount == 0 ? "-" : IndonesianNumbers.FormatInteger(amount);
}
