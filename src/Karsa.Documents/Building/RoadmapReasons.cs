using Karsa.Documents.Model;
using Karsa.Documents.Roadmap;
using Karsa.Documents.Text;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Documents.Building;

/// <summary>
/// The roadmap's reasons in the book: programmes out of the roadmap or started late with one sentence
/// each, where the ceilings are not used and why, and the per-year detail for the appendix.
/// </summary>
internal static class RoadmapReasons
{
    /// <summary>A year whose capped spending stays below this share of its ceilings is named as not fully used.</summary>
    private const decimal FullEnough = 0.9m;

    /// <summary>The programmes not scheduled, and those started later than they could, each with its reason.</summary>
    public static void OutAndLate(BookContext c, ChapterDraft draft)
    {
        var w = c.W;
        var excluded = c.Plan.Programmes.Where(p => !c.Schedule(p).Scheduled).ToList();
        var late = c.Plan.Programmes.Where(p => c.Schedule(p).Scheduled && c.Roadmap.ReasonsFor(p.Code).Count > 0).ToList();
        Table(c, draft, excluded, p => c.Reasons(p),
            w.T("Program yang Belum Dijadwalkan", "Programmes Not Scheduled"),
            w.T($"{excluded.Count} program belum masuk peta jalan. Tabel berikut memberi alasannya dalam satu kalimat per program: sumber dana dan tahun yang penuh serta kekurangan terkecil untuk dapat mulai; rincian per tahun mulai ada di Lampiran.",
                $"{excluded.Count} programmes are not in the roadmap. The next table gives the reason in one sentence per programme: the full sources and years and the smallest shortfall to start; the detail per start year is in the Appendices."),
            w.T("Program di luar peta jalan dan alasannya", "Programmes outside the roadmap and why"));
        Table(c, draft, late, p => c.Roadmap.ReasonsFor(p.Code),
            w.T("Program yang Dimulai Lebih Lambat", "Programmes Started Later"),
            w.T($"{late.Count} program dimulai setelah tahun paling awal yang diizinkan; tabel berikut menyebut apa yang menahannya.",
                $"{late.Count} programmes start after the earliest year they are allowed; the next table says what holds them back."),
            w.T("Program yang dimulai lebih lambat dan alasannya", "Programmes started later and why"));
    }

    /// <summary>A section with one row per programme and its reasons, when there are programmes.</summary>
    private static void Table(BookContext c, ChapterDraft draft, List<Programme> programmes, Func<Programme, IReadOnlyList<string>> reasons, string heading, string intro, string caption)
    {
        if (programmes.Count == 0)
        {
            return;
        }

        var w = c.W;
        draft.Section(heading);
        draft.Text(intro);
        draft.Table(caption, [new(w.T("Kode", "Code"), ColumnAlign.Center, 2), new(w.T("Program", "Programme"), Width: 3), new(w.T("Alasan", "Reasons"), Width: 5)],
            programmes.Select(p => new TableRow([p.Code.Value, w.Of(p.Name), string.Join("; ", reasons(p))])));
    }

    /// <summary>Where the ceilings are not used: the years below <see cref="FullEnough"/> and a table per year and source with the reason.</summary>
    public static void Unused(BookContext c, ChapterDraft draft)
    {
        var w = c.W;
        if (c.Roadmap.Unused is not { Count: > 0 } unused)
        {
            return;
        }

        draft.Section(w.T("Pagu yang Belum Terpakai", "Ceilings Not Used"));
        var lowYears = c.Roadmap.Spending.Where(s => s.Ceiling is not null).GroupBy(s => s.Year)
            .Select(g => (Year: g.Key, Ceiling: g.Sum(s => s.Ceiling!.Value.Value), Spent: g.Sum(s => s.Spent.Value)))
            .Where(y => y.Ceiling > 0 && (decimal)y.Spent / y.Ceiling < FullEnough).OrderBy(y => y.Year).ToList();
        var years = string.Join(", ", lowYears.Select(y => $"{y.Year} ({MoneyText.Percent((decimal)y.Spent / y.Ceiling)})"));
        draft.Text(lowYears.Count == 0
            ? w.T("Setiap tahun memakai sedikitnya 90% dari pagunya. Sisa per tahun dan sumber dana serta sebabnya ada pada tabel berikut.",
                "Every year uses at least 90% of its ceilings. What is left per year and source, and why, is in the next table.")
            : w.T($"Tahun yang memakai kurang dari 90% pagunya: {years}. Tabel berikut menyebut per tahun dan sumber dana sisa pagu dan mengapa tidak ada program lain yang memakainya.",
                $"Years using less than 90% of their ceilings: {years}. The next table gives per year and source what is left and why no other programme uses it."));
        draft.Text(w.T("Tahun-tahun berturut-turut dari satu sumber dana dengan sebab yang sama digabung dalam satu baris; pagu dan sisanya adalah jumlah tahun-tahun itu.",
            "Consecutive years of one source with the same reason share one row; its ceiling and what is left are those years' totals."));
        draft.Table(w.T("Sisa pagu per tahun dan sumber dana, dan sebabnya (juta Rp)", "Ceiling left per year and source, and why (million Rp)"),
            [
                new(w.T("Tahun", "Year"), ColumnAlign.Center), new(w.T("Sumber", "Source"), Width: 2), new(w.T("Pagu", "Ceiling"), ColumnAlign.Right, 2),
                new(w.T("Sisa", "Left"), ColumnAlign.Right, 2), new(w.T("Sebab", "Why"), Width: 6),
            ],
            MergedRuns(unused).Select(r => new TableRow([Wording.Years(r[0].Year, r[^1].Year), w.Of(r[0].Source),
                MoneyText.Millions(r.Sum(u => u.Ceiling.Value)), MoneyText.Millions(r.Sum(u => u.Unused.Value)), r[0].Reason])),
            compact: true);
    }

    /// <summary>
    /// The unused ceilings as runs: one source's consecutive years with the same reason form one run, so a
    /// reason that holds for years is written once. Runs come by first year, then by source.
    /// </summary>
    internal static IEnumerable<IReadOnlyList<BookUnusedCeiling>> MergedRuns(IReadOnlyList<BookUnusedCeiling> unused)
    {
        var runs = new List<List<BookUnusedCeiling>>();
        foreach (var ceiling in unused.OrderBy(u => u.Source).ThenBy(u => u.Year))
        {
            var last = runs.Count > 0 ? runs[^1][^1] : null;
            if (last is not null && last.Source == ceiling.Source && last.Year.Plus(1) == ceiling.Year && string.Equals(last.Reason, ceiling.Reason, StringComparison.Ordinal))
            {
                runs[^1].Add(ceiling);
            }
            else
            {
                runs.Add([ceiling]);
            }
        }

        return runs.OrderBy(r => r[0].Year).ThenBy(r => r[0].Source);
    }

    /// <summary>The appendix table: what blocks each programme out or late, per start year it could have had.</summary>
    public static void Appendix(BookContext c, ChapterDraft draft)
    {
        var w = c.W;
        var rows = c.Plan.Programmes.SelectMany(p => c.Roadmap.DetailFor(p.Code).Select(d => new TableRow([p.Code.Value, d.StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Reason]))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        draft.Section(w.T("Rincian Alasan per Tahun Mulai", "Reasons per Start Year"));
        draft.Text(w.T(
            "Tabel berikut merinci, untuk setiap program di luar peta jalan atau yang dimulai lebih lambat, apa yang menghalanginya pada setiap tahun mulai yang mungkin, dengan program lain tetap pada tempatnya.",
            "The next table details, for every programme outside the roadmap or started later, what blocks it in each possible start year while every other programme keeps its place."));
        draft.Table(w.T("Alasan per program dan tahun mulai", "Reasons per programme and start year"),
            [new(w.T("Kode", "Code"), ColumnAlign.Center, 2), new(w.T("Mulai", "Start"), ColumnAlign.Center), new(w.T("Yang menghalangi", "What blocks it"), Width: 7)],
            rows, compact: true);
    }
}
