using Karsa.Documents.Roadmap;
using Karsa.Documents.Text;
using Karsa.Domain.Agencies;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;

namespace Karsa.Documents.Building;

/// <summary>What every chapter builder needs: the plan, its roadmap, the wording and lookups.</summary>
internal sealed class BookContext
{
    private readonly Dictionary<AgencyCode, Agency> _agencies;
    private readonly Dictionary<ProgrammeCode, RoadmapPlace> _schedule;

    public BookContext(Masterplan plan, BookRoadmap roadmap, Wording wording)
    {
        (Plan, Roadmap, W) = (plan, roadmap, wording);
        _agencies = plan.Content.Agencies.ToDictionary(a => a.Code);
        _schedule = roadmap.View.Programmes.GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.First());
    }

    public Masterplan Plan { get; }

    public MasterplanContent Content => Plan.Content;

    public BookRoadmap Roadmap { get; }

    public Wording W { get; }

    /// <summary>The roadmap place of a programme; left out when the roadmap does not mention it.</summary>
    public RoadmapPlace Schedule(Programme programme) =>
        _schedule.TryGetValue(programme.Code, out var entry) ? entry : new RoadmapPlace(programme.Code, null, null, null, false);

    /// <summary>Why a programme is where it is (or out), in the book's language.</summary>
    public IReadOnlyList<string> Reasons(Programme programme) =>
        _schedule.ContainsKey(programme.Code) ? Roadmap.ReasonsFor(programme.Code) : [W.T("Tidak ada dalam peta jalan", "Not in the roadmap")];

    /// <summary>The agency's name with its code, or the code alone when unknown.</summary>
    public string AgencyName(AgencyCode code) => _agencies.TryGetValue(code, out var agency) ? $"{agency.Name} ({code})" : code.Value;

    /// <summary>The programme's costs per year and source where the roadmap runs it (its planned profile when excluded).</summary>
    public IEnumerable<(FiscalYear Year, FundingSource Source, Rupiah Amount)> Costs(Programme programme)
    {
        var anchor = Plan.CostAnchor(programme);
        var start = Schedule(programme).Start ?? anchor;
        return programme.Profile(anchor).Select(c => (start.Plus(c.Offset), c.Source, c.Amount));
    }

    /// <summary>
    /// The programme's years as scheduled ("2023-2025"), or a dash when excluded. For a programme without
    /// an end year these are its years within the plan; the roadmap chapter says that it goes on after.
    /// </summary>
    public string Years(Programme programme) => Schedule(programme) is { Start: { } s, End: { } e } ? Wording.Years(s, e) : "-";

    /// <summary>The term name, or "excluded".</summary>
    public string TermName(Programme programme) => Schedule(programme).Term is { } term ? W.Of(term) : W.T("Tidak dijadwalkan", "Not scheduled");

    /// <summary>The funding sources the programme draws on, e.g. "APBD, CSR".</summary>
    public string Sources(Programme programme) => string.Join(", ", programme.Costs.Select(c => c.Source).Distinct().Order().Select(W.Of));

    /// <summary>The total cost for a "Biaya total (Rp)" column, or "belum diperkirakan" when the plan has no estimate (never a 0 it does not know).</summary>
    public string TotalCost(Programme programme) =>
        programme.CostKnown ? Wording.Number(programme.TotalCost.Value) : W.T("belum diperkirakan", "not estimated");

    /// <summary>The duration in years, "berlanjut" for a service under way without one, or "belum diisi" for a new programme without one.</summary>
    public string Duration(Programme programme) => programme.DurationYears is { } years
        ? Wording.Number(years)
        : programme.IsUnderWay ? W.T("berlanjut", "ongoing") : W.T("belum diisi", "not given");

    /// <summary>Programmes the roadmap runs.</summary>
    public IEnumerable<Programme> Scheduled => Plan.Programmes.Where(p => Schedule(p).Scheduled);

    /// <summary>The Markdown narrative with <paramref name="key"/>, if the plan has it.</summary>
    public LocalizedText? Narrative(string key) => Content.Narratives.FirstOrDefault(n => n.Key == key)?.Markdown;

    /// <summary>
    /// The Roman numeral of the volume whose chapters are being built ("I", "II"), which prefixes their
    /// table and figure numbers; null outside the volumes.
    /// </summary>
    public string? VolumeNumeral { get; set; }

    /// <summary>
    /// The plan's regional planning agency (Bappeda, Bappedalitbang, Bapperida...) by its code or name,
    /// or null when the plan has none that reads as one.
    /// </summary>
    public Agency? PlanningAgency => Content.Agencies.FirstOrDefault(a => a.Code.Value.StartsWith("BAPPEDA", StringComparison.OrdinalIgnoreCase) || a.Code.Value.StartsWith("BAPPERIDA", StringComparison.OrdinalIgnoreCase))
        ?? Content.Agencies.FirstOrDefault(a => a.Name.Contains("Perencanaan", StringComparison.OrdinalIgnoreCase));

    /// <summary>The narrative keys the book places in its chapters; others go to an appendix.</summary>
    public HashSet<string> PlacedNarratives { get; } = new(StringComparer.Ordinal);
}
