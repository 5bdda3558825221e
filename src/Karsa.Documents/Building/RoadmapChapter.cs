using Karsa.Documents.Charts;
using Karsa.Documents.Model;
using Karsa.Documents.Roadmap;
using Karsa.Documents.Text;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Roadmaps;

namespace Karsa.Documents.Building;

/// <summary>Buku II, chapter 5: the roadmap as Gantt charts by term and spending per year against the ceilings.</summary>
internal static class RoadmapChapter
{
    /// <summary>The most programmes one Gantt chart shows; longer terms are split over several charts.</summary>
    public const int RowsPerGantt = 45;

    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var draft = new ChapterDraft(c, number, w.T("Peta Jalan", "Roadmap"))
            .Narrative("roadmap", w.T(
                $"Peta jalan menempatkan {c.Scheduled.Count()} dari {c.Plan.Programmes.Count} program pada tahun pelaksanaannya.",
                $"The roadmap places {c.Scheduled.Count()} of {c.Plan.Programmes.Count} programmes in the years they run."));
        if (c.Roadmap.Optimal is { } optimal)
        {
            draft.Text(optimal
                ? w.T("Jadwal ini optimal menurut kriteria penilaian rencana.", "This schedule is optimal under the plan's scoring criteria.")
                : w.T("Jadwal ini layak tetapi belum terbukti optimal.", "This schedule is feasible but not proven optimal."));
        }

        GanttSections(c, draft);
        SpendingSection(c, draft);
        var excluded = c.Plan.Programmes.Where(p => !c.Schedule(p).Scheduled).ToList();
        if (excluded.Count > 0)
        {
            draft.Section(w.T("Program yang Belum Dijadwalkan", "Programmes Not Scheduled"));
            draft.Table(w.T("Program di luar peta jalan dan alasannya", "Programmes outside the roadmap and why"),
                [new(w.T("Kode", "Code"), ColumnAlign.Center, 2), new(w.T("Program", "Programme"), Width: 3), new(w.T("Alasan", "Reasons"), Width: 4)],
                excluded.Select(p => new TableRow([p.Code.Value, w.Of(p.Name), string.Join("; ", c.Reasons(p))])));
        }

        return draft.Build();
    }

    private static void GanttSections(BookContext c, ChapterDraft draft)
    {
        var w = c.W;
        var terms = Enum.GetValues<Term>();
        var last = Math.Max(c.Plan.Period.Last.Value, c.Scheduled.Select(p => c.Schedule(p).End!.Value.Value).DefaultIfEmpty(0).Max());
        foreach (var term in terms)
        {
            var rows = c.Scheduled.Where(p => c.Schedule(p).Term == term)
                .OrderBy(p => c.Schedule(p).Start).ThenBy(p => p.Dimension).ThenBy(p => p.Code.Value, StringComparer.Ordinal)
                .Select(p => new GanttRow(p.Code.Value, c.Schedule(p).Start!.Value.Value, c.Schedule(p).End!.Value.Value, (int)term))
                .ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            draft.Section(w.Of(term));
            var parts = rows.Chunk(RowsPerGantt).ToList();
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts.Count > 1 ? $" ({i + 1}/{parts.Count})" : string.Empty;
                draft.Figure($"{w.T("Gantt program", "Gantt chart of programmes")}: {w.Of(term)}{part}",
                    new GanttChart($"{w.T("Gantt program", "Gantt chart of programmes")} {w.Of(term)}{part}", parts[i], [.. terms.Select(w.Of)], c.Plan.Period.First.Value, last));
            }
        }
    }

    private static void SpendingSection(BookContext c, ChapterDraft draft)
    {
        var w = c.W;
        var spending = c.Roadmap.Spending;
        var years = spending.Select(s => s.Year).Distinct().Order().ToList();
        var sources = SpendingFigures.BySource(c.Roadmap).Select(s => s.Source).ToList();
        draft.Section(w.T("Belanja per Tahun dan Pagu", "Spending per Year and Ceilings"));
        draft.Figure(w.T("Belanja per tahun menurut sumber dana terhadap pagu", "Spending per year by funding source against the ceilings"),
            new StackedBarChart(w.T("Belanja per tahun, bertumpuk menurut sumber dana, dengan garis pagu", "Spending per year stacked by funding source, with the ceiling marks"),
                [.. years.Select(y => y.ToString())],
                [.. sources.Select(s => new ChartSeries<long>(w.Of(s), [.. years.Select(y => spending.Where(x => x.Year == y && x.Source == s).Sum(x => x.Spent.Value))]))],
                [.. years.Select(y => CeilingOf(spending, y))],
                w.T("Pagu (sumber yang dibatasi)", "Ceiling (capped sources)"),
                w.T("Rupiah", "Rupiah")));
        draft.Table(w.T("Belanja dan pagu per tahun", "Spending and ceilings per year"),
            [new(w.T("Tahun", "Year"), ColumnAlign.Center), new(w.T("Belanja", "Spending"), ColumnAlign.Right, 3), new(w.T("Pagu", "Ceiling"), ColumnAlign.Right, 3), new(w.T("Terpakai", "Used"), ColumnAlign.Right)],
            years.Select(y =>
            {
                var spent = spending.Where(s => s.Year == y).Aggregate(Rupiah.Zero, (sum, s) => sum + s.Spent);
                var capped = spending.Where(s => s.Year == y && s.Ceiling is not null).ToList();
                var ceiling = CeilingOf(spending, y);
                var used = ceiling is > 0 ? MoneyText.Percent((decimal)capped.Sum(s => s.Spent.Value) / ceiling.Value) : "-";
                return new TableRow([y.ToString(), spent.ToString(), ceiling is { } l ? new Rupiah(l).ToString() : w.T("tanpa pagu", "uncapped"), used]);
            }));
    }

    private static long? CeilingOf(IReadOnlyList<YearSpending> spending, FiscalYear year)
    {
        var ceilings = spending.Where(s => s.Year == year && s.Ceiling is not null).ToList();
        return ceilings.Count == 0 ? null : ceilings.Sum(s => s.Ceiling!.Value.Value);
    }
}
