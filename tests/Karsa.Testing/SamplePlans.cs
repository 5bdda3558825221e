using Karsa.Domain.Agencies;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Regions;

namespace Karsa.Testing;

/// <summary>Small valid plans built by hand, for unit tests.</summary>
public static class SamplePlans
{
    /// <summary>
    /// A minimal valid plan: Kabupaten Karanganyar (33.13) with two districts, the 2022-2031 period, one
    /// agency (DISKOMINFO) and one quick-win programme GOV-01 costing 250,000,000 (APBD) in 2022.
    /// </summary>
    public static MasterplanContent Minimal() => new()
    {
        Region = new Region(new RegionCode("33.13"), "Karanganyar", RegionKind.Kabupaten, "Jawa Tengah",
            new[] { new District(new RegionCode("33.13.01"), "Jatipuro"), new District(new RegionCode("33.13.09"), "Karanganyar") }),
        Title = new LocalizedText("Masterplan Smart City Kabupaten Karanganyar 2022-2031"),
        Period = new PlanPeriod(new FiscalYear(2022), new FiscalYear(2031)),
        Agencies = new[] { new Agency(new AgencyCode("DISKOMINFO"), "Dinas Komunikasi dan Informatika", AgencyKind.Dinas) },
        Programmes = new[]
        {
            new Programme(new ProgrammeCode("GOV-01"), new LocalizedText("Mal Pelayanan Publik Digital", "Digital public service mall"),
                Dimension.Governance, new ElementCode("public-service"), new AgencyCode("DISKOMINFO"), 1,
                new[] { new CostLine(new FiscalYear(2022), FundingSource.Apbd, new Rupiah(250_000_000)) },
                ProgrammeKind.Application, quickWinCandidate: true),
        },
    };

    /// <summary><see cref="Minimal"/> with its roadmap adopted (GOV-01 in 2022, a quick win), so it can be published.</summary>
    public static MasterplanContent Adopted() => Minimal() with
    {
        Roadmap = new Domain.Roadmaps.AdoptedRoadmap(
            new[] { new Domain.Roadmaps.AdoptedStart(new ProgrammeCode("GOV-01"), new FiscalYear(2022)) }, new[] { new ProgrammeCode("GOV-01") }, null, 1m, 1m),
    };
}
