using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Documents.Building;

/// <summary>
/// The programme sheet: everything the plan holds about one programme, under a heading with its code
/// and name: a fact table (dimension and element, kind, agencies, locations, indicators, dependencies,
/// RPJMD and Renstra references, scores, years from the roadmap the book received, total cost), its
/// description and objective, its outputs and outcomes with yearly targets, its cost per year and
/// source, and one note naming what the plan does not hold yet.
/// </summary>
internal static class ProgrammeSheets
{
    /// <summary>The blocks of <paramref name="programme"/>'s sheet.</summary>
    public static IEnumerable<Block> Sheet(BookContext c, Programme programme)
    {
        var w = c.W;
        var facts = Facts(c, programme);
        var blocks = facts.Start(programme);

        if (programme.Description is { } description)
        {
            blocks.Add(Label(w.T("Uraian", "Description")));
            blocks.AddRange(MarkdownBlocks.Parse(description));
        }

        if (programme.Objective is { } objective)
        {
            blocks.Add(Label(w.T("Tujuan", "Objective")));
            blocks.AddRange(MarkdownBlocks.Parse(w.Of(objective)));
        }

        if (Results(c, programme) is { } results)
        {
            blocks.Add(Label(w.T("Keluaran dan hasil dengan target tahunan", "Outputs and outcomes with yearly targets")));
            blocks.Add(results);
        }

        if (CostTable(c, programme) is { } costs)
        {
            blocks.Add(Label(c.Schedule(programme).Scheduled
                ? w.T("Biaya per tahun dan sumber dana menurut peta jalan", "Cost per year and funding source as the roadmap runs it")
                : w.T("Biaya per tahun dan sumber dana menurut rencana (program belum dijadwalkan)", "Planned cost per year and funding source (the programme is not scheduled)")));
            blocks.Add(costs);
        }

        return facts.End(blocks);
    }

    /// <summary>The total cost with its sources ("Rp 250.000.000 (APBD, CSR)"), or nothing when the plan gives no cost.</summary>
    public static string? TotalCost(BookContext c, Programme programme) =>
        programme.TotalCost == Rupiah.Zero ? null : $"{MoneyText.Full(programme.TotalCost)} ({c.Sources(programme)})";

    /// <summary>A bold lead-in line for a part of a sheet.</summary>
    public static Paragraph Label(string text) => new([new Run(text, Bold: true)]);

    private static SheetRows Facts(BookContext c, Programme p)
    {
        var w = c.W;
        var content = c.Content;
        var element = c.Plan.Catalogue.TryFind(p.Element, out var found) ? w.Of(found.Name) : p.Element.Value;
        var districts = content.Region.Districts.ToDictionary(d => d.Code, d => d.Name);
        var indicators = content.Indicators.ToDictionary(i => i.Code);
        var criteria = content.Criteria.ToDictionary(k => k.Code, k => w.Of(k.Name));
        var rows = new SheetRows(w)
            .Fact(w.T("Dimensi dan elemen", "Dimension and element"), $"{w.Of(p.Dimension)} · {element}")
            .Fact(w.T("Jenis program", "Kind"), w.Of(p.Kind))
            .Fact(w.T("Perangkat daerah pelaksana", "Lead agency"), c.AgencyName(p.LeadAgency))
            .Fact(w.T("Perangkat daerah pendukung", "Supporting agencies"), Join(p.SupportingAgencies.Select(c.AgencyName)), w.T("perangkat daerah pendukung", "supporting agencies"))
            .Fact(w.T("Lokasi", "Locations"), p.Districts.Count == 0
                ? w.T("Seluruh wilayah", "The whole region")
                : Join(p.Districts.Select(d => districts.TryGetValue(d, out var name) ? $"{name} ({d})" : d.Value)))
            .Fact(w.T("Indikator terkait", "Linked indicators"), Join(p.Indicators.Select(i => indicators.TryGetValue(i, out var ind) ? $"{w.Of(ind.Name)} ({i})" : i.Value)),
                w.T("indikator terkait", "linked indicators"))
            .Fact(w.T("Prasyarat", "Depends on"), Join(p.DependsOn.Select(d => Dependency(c, d))))
            .Fact(w.T("Rujukan RPJMD", "RPJMD reference"), p.PlanningReference, w.T("rujukan RPJMD", "RPJMD reference"))
            .Fact(w.T("Rujukan Renstra", "Renstra reference"), p.RenstraReference, w.T("rujukan Renstra perangkat daerah", "agency Renstra reference"))
            .Fact(w.T("Skor prioritas", "Priority scores"), Join(p.Scores.Select(s => $"{(criteria.TryGetValue(s.Criterion, out var name) ? name : s.Criterion.Value)} {Wording.Number(s.Score)}")),
                content.Criteria.Count == 0 || p.IsUnderWay ? null : w.T("skor prioritas", "priority scores"))
            .Fact(w.T("Ketentuan", "Conditions"), Conditions(c, p))
            .Fact(w.T("Tahun pelaksanaan", "Years"), Years(c, p))
            .Fact(w.T("Biaya total", "Total cost"), TotalCost(c, p), w.T("perkiraan biaya", "cost estimate"))
            .Require(p.Description is not null, w.T("uraian", "description"))
            .Require(p.Objective is not null, w.T("tujuan", "objective"))
            .Require(p.Outputs.Count > 0, w.T("keluaran (output)", "outputs"))
            .Require(p.Outcomes.Count > 0, w.T("hasil (outcome)", "outcomes"));
        if (p.ServiceCanvas is { } canvas && !c.Schedule(p).QuickWin)
        {
            QuickWinSheets.CanvasFacts(rows, w, canvas, missing: false);
        }

        return rows;
    }

    private static string Dependency(BookContext c, Dependency d)
    {
        var name = c.Plan.Programmes.FirstOrDefault(x => x.Code == d.Programme) is { } other ? $"{d.Programme} {c.W.Of(other.Name)}" : d.Programme.Value;
        return d.LagYears == 0 ? name : $"{name} ({c.W.T("jeda", "lag")} {d.LagYears} {c.W.T("tahun", d.LagYears == 1 ? "year" : "years")})";
    }

    private static string? Conditions(BookContext c, Programme p)
    {
        var w = c.W;
        var window = (p.EarliestStart, p.LatestStart) switch
        {
            ({ } e, { } l) => $"{w.T("mulai antara", "starts between")} {e} {w.T("dan", "and")} {l}",
            ({ } e, null) => $"{w.T("mulai paling awal", "starts at the earliest in")} {e}",
            (null, { } l) => $"{w.T("mulai paling akhir", "starts at the latest in")} {l}",
            _ => null,
        };
        var items = new[]
        {
            p.Mandatory ? w.T("wajib masuk peta jalan", "must be in the roadmap") : null,
            p.QuickWinCandidate ? w.T("kandidat quick win", "quick-win candidate") : null,
            p.AlternativesGroup is { } group ? $"{w.T("alternatif dalam kelompok", "alternative in group")} {group}" : null,
            Delivery(w, p),
            p.DurationYears is { } years ? $"{w.T("durasi", "duration")} {years} {w.T("tahun", years == 1 ? "year" : "years")}" : null,
            window,
        };
        return Join(items.OfType<string>());
    }

    /// <summary>"layanan berjalan sejak 2017, berulang tiap tahun" for a service under way; null for a new programme.</summary>
    private static string? Delivery(Wording w, Programme p)
    {
        var kind = p.Status switch
        {
            DeliveryStatus.Running => w.T("layanan berjalan", "service under way"),
            DeliveryStatus.Existing => w.T("layanan yang sudah ada", "existing service"),
            _ => null,
        };
        var since = p.StartedIn is { } started ? $" {w.T("sejak", "since")} {started}" : string.Empty;
        var recurrence = p.Recurrence switch
        {
            ProgrammeRecurrence.Yearly => w.T(", berulang tiap tahun", ", recurring yearly"),
            ProgrammeRecurrence.OpenEnded => w.T(", tanpa akhir yang ditetapkan", ", open-ended"),
            _ => string.Empty,
        };
        return kind is null ? null : kind + since + recurrence;
    }

    private static string Years(BookContext c, Programme p)
    {
        var w = c.W;
        var place = c.Schedule(p);
        if (!place.Scheduled)
        {
            var reasons = c.Reasons(p);
            return reasons.Count == 0
                ? w.T("Tidak dijadwalkan dalam peta jalan", "Not scheduled in the roadmap")
                : $"{w.T("Tidak dijadwalkan dalam peta jalan", "Not scheduled in the roadmap")}: {string.Join(" ", reasons)}";
        }

        return $"{c.Years(p)} ({c.TermName(p)})";
    }

    private static Table? Results(BookContext c, Programme p)
    {
        var w = c.W;
        var rows = p.Outputs.Select(r => Result(c, w.T("Keluaran", "Output"), r))
            .Concat(p.Outcomes.Select(r => Result(c, w.T("Hasil", "Outcome"), r)))
            .ToList();
        return rows.Count == 0
            ? null
            : new Table(
                [
                    new(w.T("Jenis", "Kind"), Width: 2), new(w.T("Pernyataan", "Statement"), Width: 5), new(w.T("Satuan", "Unit"), Width: 2),
                    new(w.T("Target tahunan", "Yearly targets"), Width: 4),
                ],
                rows);
    }

    private static TableRow Result(BookContext c, string kind, ProgrammeResult result)
    {
        var w = c.W;
        var indicator = result.Indicator is { } code ? c.Content.Indicators.FirstOrDefault(i => i.Code == code) : null;
        var statement = indicator is null ? w.Of(result.Statement) : $"{w.Of(result.Statement)} ({w.T("indikator", "indicator")} {indicator.Code})";
        var unit = result.Unit ?? indicator?.Unit ?? w.T("belum ditetapkan", "not set");
        var targets = result.Targets.Count == 0
            ? w.T("belum ada target", "no targets yet")
            : string.Join("; ", result.Targets.Select(t => $"{t.Year}: {Wording.Number(t.Value)}"));
        return new TableRow([kind, statement, unit, targets]);
    }

    private static Table? CostTable(BookContext c, Programme p)
    {
        var w = c.W;
        var lines = c.Costs(p).Where(k => k.Amount != Rupiah.Zero).OrderBy(k => k.Year).ThenBy(k => k.Source).ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        return new Table(
            [new(w.T("Tahun", "Year"), ColumnAlign.Center), new(w.T("Sumber dana", "Funding source"), Width: 2), new(w.T("Biaya (Rp)", "Cost (Rp)"), ColumnAlign.Right, 2)],
            [
                .. lines.Select(k => new TableRow([k.Year.ToString(), w.Of(k.Source), Wording.Number(k.Amount.Value)])),
                new TableRow([w.T("Jumlah", "Total"), w.T("semua sumber", "all sources"), Wording.Number(lines.Sum(k => k.Amount.Value))], IsTotal: true),
            ],
            compact: true);
    }

    private static string Join(IEnumerable<string> items) => string.Join("; ", items);
}
