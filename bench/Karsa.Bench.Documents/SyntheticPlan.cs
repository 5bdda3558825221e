using Karsa.Domain.Agencies;
using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Domain.Regions;

namespace Karsa.Bench.Documents;

/// <summary>A seeded synthetic masterplan of any size, spread over the six dimensions, for timing the book.</summary>
internal static class SyntheticPlan
{
    public static Masterplan Create(int programmes, int seed = 42)
    {
        var random = new Random(seed);
        var first = new FiscalYear(2022);
        var agencies = Enumerable.Range(1, 20).Select(i => new Agency(new AgencyCode($"OPD{i:00}"), $"Perangkat Daerah {i}", AgencyKind.Dinas)).ToList();
        var elements = ElementCatalogue.Reference;
        var list = new List<Programme>();
        for (var i = 0; i < programmes; i++)
        {
            var element = elements[random.Next(elements.Count)];
            var duration = random.Next(1, 5);
            var start = first.Plus(random.Next(0, 10 - duration + 1));
            var sources = FundingSources.All.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
            var costs = Enumerable.Range(0, duration).SelectMany(y => sources.Select(s => new CostLine(start.Plus(y), s, new Rupiah(random.Next(5, 200) * 10_000_000L)))).ToValueList();
            list.Add(new Programme(new ProgrammeCode($"P-{i + 1:0000}"), new LocalizedText($"Program sintetis {i + 1} {element.Name.Indonesian}", $"Synthetic programme {i + 1}"),
                element.Dimension, element.Code, agencies[random.Next(agencies.Count)].Code, duration, costs,
                kind: (ProgrammeKind)random.Next(8), quickWinCandidate: i < 6, earliestStart: start,
                description: i % 10 == 0 ? $"Uraian **program** {i + 1}." : null));
        }

        return Masterplan.Create(new MasterplanContent
        {
            Region = new Region(new RegionCode("33.13"), "Sintetis", RegionKind.Kabupaten, "Jawa Tengah",
                Enumerable.Range(1, 17).Select(d => new District(new RegionCode($"33.13.{d:00}"), $"Kecamatan {d}")).ToValueList(),
                new Measured<long>(955116, new FiscalYear(2023)), new Measured<decimal>(772.2m, new FiscalYear(2023))),
            Title = new LocalizedText($"Masterplan Smart City Sintetis ({programmes} program)"),
            Period = PlanPeriod.Of(first),
            Vision = new LocalizedText("Kabupaten cerdas dan sejahtera"),
            Missions = new LocalizedText[] { new("Tata kelola digital"), new("Warga sejahtera") },
            Narratives = new NarrativeSection[] { new("background", new LocalizedText("Latar belakang **sintetis**.\n\n- satu\n- dua")) },
            Readiness = Dimensions.All.Select(d => new ReadinessAssessment(d,
                Enum.GetValues<Pillar>().Select(p => new PillarScore(p, random.Next(2, 9) / 2m, null)).ToValueList(), null)).ToValueList(),
            Swot = new SwotItem[] { new(SwotKind.Strength, "Komitmen"), new(SwotKind.Weakness, "Anggaran terbatas"), new(SwotKind.Opportunity, "Program nasional"), new(SwotKind.Threat, "Bencana") },
            Strategies = Dimensions.All.Select(d => new Strategy(d, new LocalizedText($"Strategi {d.Key()}"), null)).ToValueList(),
            Agencies = agencies.ToValueList(),
            Programmes = list.ToValueList(),
            Ceilings = Enumerable.Range(0, 10).SelectMany(y => new[]
            {
                new BudgetCeiling(first.Plus(y), FundingSource.Apbd, new Rupiah(programmes * 200_000_000L)),
                new BudgetCeiling(first.Plus(y), FundingSource.Apbn, new Rupiah(programmes * 80_000_000L)),
            }).ToValueList(),
            Indicators = Enumerable.Range(1, 20).Select(i => new Indicator(new IndicatorCode($"IND-{i:00}"), new LocalizedText($"Indikator {i}"), "%", IndicatorFramework.Local, IndicatorDirection.HigherIsBetter)).ToValueList(),
            Targets = Enumerable.Range(1, 20).Select(i => new IndicatorTarget(new IndicatorCode($"IND-{i:00}"), new FiscalYear(2031), 50 + i)).ToValueList(),
        });
    }
}
