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
        draft.Text(Claim(c));
        GanttSections(c, draft);
        RoadmapTables.PerYear(c, draft);
        RoadmapTables.PerDimension(c, draft);
        SpendingSection(c, draft);
        RoadmapReasons.Unused(c, draft);
        RoadmapReasons.OutAndLate(c, draft);
        return draft.Build();
    }

    /// <summary>
    /// What the schedule is: "optimal" only when programmes are scored (something to optimise) and the
    /// solver proved it; the value model in one sentence.
    /// </summary>
    private static string Claim(BookContext c)
    {
        var w = c.W;
        var model = c.Content.ValueModel;
        var rate = Wording.Number(model.DiscountRatePercent);
        var value = w.T(
            $"Nilai sebuah program adalah skor prioritasnya dikali {model.BenefitLifeYears} tahun manfaat setelah program selesai (juga melewati akhir masa rencana), didiskonto {rate}% per tahun.",
            $"A programme's value is its priority score times {model.BenefitLifeYears} years of benefit after it ends (also past the plan's last year), discounted by {rate}% a year.");
        if (!c.Plan.Programmes.Any(p => p.Scores.Count > 0))
        {
            return w.T("Program belum diberi skor prioritas, sehingga jadwal ini hanya memenuhi pagu, ketergantungan dan aturan lain; urutannya belum dioptimalkan.",
                "No programme is scored yet, so this schedule only keeps the ceilings, dependencies and other rules; its order is not optimised.");
        }

        return c.Roadmap.Optimal switch
        {
            true => w.T("Jadwal ini optimal menurut kriteria penilaian rencana: tidak ada jadwal lain dalam pagu yang bernilai lebih tinggi. ", "This schedule is optimal under the plan's scoring criteria: no other schedule within the ceilings is worth more. ") + value,
            false => w.T("Jadwal ini layak tetapi belum terbukti optimal. ", "This schedule is feasible but not proven optimal. ") + value,
            null => value,
        };
    }

    private static void GanttSections(BookContext c, ChapterDraft draft)
    {
        var w = c.W;
        foreach (var term in Enum.GetValues<Term>())
        {
            var rows = PlanCharts.GanttRows(c.Plan, c.Roadmap.View, term);
            if (rows.Count == 0)
            {
                continue;
            }

            draft.Section(w.Of(term));
            var parts = rows.Chunk(RowsPerGantt).ToList();
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts.Count > 1 ? $" ({i + 1}/{parts.Count})" : string.Empty;
                draft.Figure($"{w.T("Gantt program", "Gantt chart of programmes")}: {w.Of(term)}{part}", PlanCharts.Gantt(c.Plan, c.Roadmap.View, term, parts[i], w.Language, part));
            }

            var runningOn = string.Join(", ", rows.Where(r => r.RunsOn).Select(r => r.Label));
            if (runningOn.Length > 0)
            {
                draft.Text(w.T(
                    $"Batang yang berujung mata panah ({runningOn}) adalah program tanpa tahun selesai yang berlanjut sesudah {c.Plan.Period.Last}.",
                    $"Bars ending in an arrowhead ({runningOn}) are programmes without an end year that go on after {c.Plan.Period.Last}."));
            }
        }
    }

    private static void SpendingSection(BookContext c, ChapterDraft draft)
    {
        var w = c.W;
        var spending = c.Roadmap.Spending;
        var years = spending.Select(s => s.Year).Distinct().Order().ToList();
        draft.Section(w.T("Belanja per Tahun dan Pagu", "Spending per Year and Ceilings"));
        if (!spending.Any(s => s.Spent.Value > 0))
        {
            draft.Add(MissingData.Costs(w));
            return;
        }

        draft.Figure(w.T("Belanja per tahun menurut sumber dana terhadap pagu", "Spending per year by funding source against the ceilings"),
            PlanCharts.Spending(spending, w.Language, c.Plan.Content.FundingSources));
        draft.Table(w.T("Belanja dan pagu per tahun", "Spending and ceilings per year"),
            [new(w.T("Tahun", "Year"), ColumnAlign.Center), new(w.T("Belanja", "Spending"), ColumnAlign.Right, 3), new(w.T("Pagu", "Ceiling"), ColumnAlign.Right, 3), new(w.T("Terpakai", "Used"), ColumnAlign.Right)],
            years.Select(y =>
            {
                var spent = spending.Where(s => s.Year == y).Aggregate(Rupiah.Zero, (sum, s) => sum + s.Spent);
                var capped = spending.Where(s => s.Year == y && s.Ceiling is not null).ToList();
                var ceiling = PlanCharts.CeilingOf(spending, y);
                var used = ceiling is > 0 ? MoneyText.Percent((decimal)capped.Sum(s => s.Spent.Value) / ceiling.Value) : "-";
                return new TableRow([y.ToString(), spent.ToString(), ceiling is { } l ? new Rupiah(l).ToString() : w.T("tanpa pagu", "uncapped"), used]);
            }));
    }
}
