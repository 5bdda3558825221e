using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Programmes;

namespace Karsa.Documents.Building;

/// <summary>The roadmap as tables: what starts, runs and ends in each year, and each dimension's programmes with their years.</summary>
internal static class RoadmapTables
{
    /// <summary>Per plan year (and any later year a run reaches): the programmes starting, the number running and those ending.</summary>
    public static void PerYear(BookContext c, ChapterDraft draft)
    {
        var w = c.W;
        var scheduled = c.Plan.Programmes.Select(p => (Programme: p, Place: c.Schedule(p))).Where(x => x.Place.Scheduled).ToList();
        if (scheduled.Count == 0)
        {
            return;
        }

        var first = c.Plan.Period.First.Value;
        var last = Math.Max(c.Plan.Period.Last.Value, scheduled.Max(x => x.Place.End!.Value.Value));
        draft.Section(w.T("Peta Jalan per Tahun", "Roadmap per Year"));
        draft.Text(w.T("Tabel berikut menyebut per tahun program yang mulai, banyaknya program yang berjalan, dan program yang selesai.",
            "The next table lists per year the programmes that start, how many run and those that end."));
        draft.Table(w.T("Program yang mulai, berjalan dan selesai per tahun", "Programmes starting, running and ending per year"),
            [new(w.T("Tahun", "Year"), ColumnAlign.Center), new(w.T("Mulai", "Starting"), Width: 5), new(w.T("Berjalan", "Running"), ColumnAlign.Right), new(w.T("Selesai", "Ending"), Width: 4)],
            Enumerable.Range(first, last - first + 1).Select(year => new TableRow([
                year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Codes(scheduled.Where(x => x.Place.Start!.Value.Value == year).Select(x => x.Programme)),
                Wording.Number(scheduled.Count(x => x.Place.Start!.Value.Value <= year && x.Place.End!.Value.Value >= year)),
                Codes(scheduled.Where(x => x.Place.End!.Value.Value == year && !x.Place.OpenEnded).Select(x => x.Programme)),
            ])),
            compact: true);
        var continuing = scheduled.Where(x => x.Place.OpenEnded).Select(x => x.Programme).ToList();
        if (continuing.Count > 0)
        {
            draft.Text(w.T(
                $"{Codes(continuing)} tidak mempunyai tahun selesai (layanan yang terus berjalan, atau durasinya belum diisi): program ini berjalan sampai akhir masa rencana dan berlanjut sesudahnya, sehingga tidak tercantum di kolom Selesai.",
                $"{Codes(continuing)} have no end year (services that keep running, or whose duration is not filled in yet): they run to the end of the plan and beyond, so the Ending column does not list them."));
        }
    }

    /// <summary>Per dimension: its scheduled programmes with their years, and those not scheduled.</summary>
    public static void PerDimension(BookContext c, ChapterDraft draft)
    {
        var w = c.W;
        var dimensions = Dimensions.All.Where(d => c.Plan.Programmes.Any(p => p.Dimension == d)).ToList();
        if (dimensions.Count == 0)
        {
            return;
        }

        draft.Section(w.T("Peta Jalan per Dimensi", "Roadmap per Dimension"));
        draft.Text(w.T("Tabel berikut menyebut per dimensi program yang terjadwal dengan tahun pelaksanaannya, dan program yang belum dijadwalkan.",
            "The next table lists per dimension the scheduled programmes with their years, and those not scheduled."));
        draft.Table(w.T("Program per dimensi dan tahun pelaksanaannya", "Programmes per dimension and the years they run"),
            [new(w.T("Dimensi", "Dimension"), Width: 2), new(w.T("Terjadwal (tahun)", "Scheduled (years)"), Width: 6), new(w.T("Belum dijadwalkan", "Not scheduled"), Width: 3)],
            dimensions.Select(d =>
            {
                var programmes = c.Plan.Programmes.Where(p => p.Dimension == d).ToList();
                var scheduled = programmes.Where(p => c.Schedule(p).Scheduled).OrderBy(p => c.Schedule(p).Start).ThenBy(p => p.Code.Value, StringComparer.Ordinal)
                    .Select(p => $"{p.Code} ({c.Years(p)})");
                return new TableRow([w.Of(d), Or(string.Join(", ", scheduled)), Codes(programmes.Where(p => !c.Schedule(p).Scheduled))]);
            }),
            compact: true);
    }

    private static string Codes(IEnumerable<Programme> programmes) =>
        Or(string.Join(", ", programmes.Select(p => p.Code.Value).Order(StringComparer.Ordinal)));

    private static string Or(string text) => text.Length > 0 ? text : "-";
}
