using Karsa.Domain.Agencies;
using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;

namespace Karsa.Testing;

/// <summary>
/// A hand-made older version of a plan (<see cref="Older"/>, built on <see cref="SamplePlans.Minimal"/>)
/// and edits of it, for tests of version comparison.
/// </summary>
public static class VersionPairs
{
    /// <summary>A roadmap the older version can be published with: GOV-01 in 2022 as its quick win, the rest left out.</summary>
    public static Domain.Roadmaps.AdoptedRoadmap OlderRoadmap() => new(
        Older().Programmes.Select(p => new Domain.Roadmaps.AdoptedStart(p.Code, p.Code.Value == "GOV-01" ? new FiscalYear(2022) : null)).ToValueList(),
        new[] { new ProgrammeCode("GOV-01") }, null, 1m, 1m);

    /// <summary>The older version: vision, two missions, a three-paragraph narrative, readiness, SWOT, a strategy, three programmes, ceilings, an indicator with targets.</summary>
    public static MasterplanContent Older()
    {
        var minimal = SamplePlans.Minimal();
        return minimal with
        {
            Vision = new LocalizedText("Karanganyar Cerdas", "Smart Karanganyar"),
            Missions = [new LocalizedText("Tata kelola digital", "Digital governance"), new LocalizedText("Warga sehat", "Healthy citizens")],
            Narratives = [new NarrativeSection("background", new LocalizedText("Paragraf satu.\n\nParagraf dua.\n\nParagraf tiga.", "One.\n\nTwo.\n\nThree."))],
            Readiness = [new ReadinessAssessment(Dimension.Governance, [new PillarScore(Pillar.Struktur, 3, null), new PillarScore(Pillar.Infrastruktur, 2, null)], null)],
            Swot = [new SwotItem(SwotKind.Strength, "Jaringan serat optik di ibu kota kabupaten"), new SwotItem(SwotKind.Weakness, "SDM TIK terbatas")],
            Strategies = [new Strategy(Dimension.Living, new LocalizedText("Layanan kesehatan mendekat ke warga"), null)],
            Agencies = [.. minimal.Agencies, new Agency(new AgencyCode("DINKES"), "Dinas Kesehatan", AgencyKind.Dinas)],
            Programmes = [minimal.Programmes[0], MobileClinic(2024, 1_250_000_000), Market()],
            Ceilings = [Ceiling(2024, 2_000_000_000), Ceiling(2025, 2_000_000_000), Ceiling(2026, 2_000_000_000)],
            Indicators = [new Indicator(new IndicatorCode("HEALTH-1"), new LocalizedText("Kunjungan puskesmas keliling", "Mobile clinic visits"), "kunjungan", IndicatorFramework.Local, IndicatorDirection.HigherIsBetter)],
            Targets = [new IndicatorTarget(new IndicatorCode("HEALTH-1"), new FiscalYear(2026), 1000m)],
        };
    }

    /// <summary>
    /// The newer version the brief's story tells: LIV-04 starts at the earliest in 2026 instead of 2024
    /// and costs Rp 1.500.000.000 instead of Rp 1.250.000.000 from APBD in its first year; ECO-03 is
    /// removed; the 2026 APBD ceiling falls to Rp 1.500.000.000.
    /// </summary>
    public static MasterplanContent Newer()
    {
        var older = Older();
        return older with
        {
            Programmes = [older.Programmes[0], MobileClinic(2026, 1_500_000_000)],
            Ceilings = [Ceiling(2024, 2_000_000_000), Ceiling(2025, 2_000_000_000), Ceiling(2026, 1_500_000_000)],
        };
    }

    /// <summary>LIV-04 «Puskesmas Keliling»: two years from <paramref name="earliest"/>, <paramref name="firstYear"/> then Rp 500.000.000 from APBD.</summary>
    public static Programme MobileClinic(int earliest, long firstYear, bool mandatory = false) =>
        new(new ProgrammeCode("LIV-04"), new LocalizedText("Puskesmas Keliling", "Mobile clinics"), Dimension.Living, new ElementCode("health"),
            new AgencyCode("DINKES"), 2,
            [new CostLine(new FiscalYear(earliest), FundingSource.Apbd, new Rupiah(firstYear)), new CostLine(new FiscalYear(earliest + 1), FundingSource.Apbd, new Rupiah(500_000_000))],
            ProgrammeKind.Service, earliestStart: new FiscalYear(earliest), mandatory: mandatory, indicators: [new IndicatorCode("HEALTH-1")]);

    /// <summary>ECO-03 «Pasar Digital»: one year, Rp 300.000.000 from APBD.</summary>
    public static Programme Market() =>
        new(new ProgrammeCode("ECO-03"), new LocalizedText("Pasar Digital", "Digital market"), Dimension.Economy, new ElementCode("transaction"),
            new AgencyCode("DISKOMINFO"), 1, [new CostLine(new FiscalYear(2022), FundingSource.Apbd, new Rupiah(300_000_000))], ProgrammeKind.Application);

    /// <summary>An APBD ceiling.</summary>
    public static BudgetCeiling Ceiling(int year, long amount) => new(new FiscalYear(year), FundingSource.Apbd, new Rupiah(amount));
}
