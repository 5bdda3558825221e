using Karsa.Application.Plans;
using Karsa.Application.Tests.Plans;
using Karsa.Domain.Agencies;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;
using Karsa.Testing;

namespace Karsa.Application.Tests.Progress;

/// <summary>The published plan the progress tests report against.</summary>
internal static class ProgressPlans
{
    /// <summary>
    /// Publishes in <paramref name="store"/> the minimal sample plus DINKES's LIV-01 (Rp 100.000.000 in
    /// 2022) beside DISKOMINFO's GOV-01 (Rp 250.000.000), both run in 2022.
    /// </summary>
    public static async Task PublishAsync(StoreFolder store)
    {
        var minimal = SamplePlans.Minimal();
        var content = minimal with
        {
            Agencies = [.. minimal.Agencies, new Agency(new AgencyCode("DINKES"), "Dinas Kesehatan", AgencyKind.Dinas)],
            Programmes = [.. minimal.Programmes, new Programme(new ProgrammeCode("LIV-01"), new LocalizedText("Telemedisin", "Telemedicine"),
                Dimension.Living, new ElementCode("health"), new AgencyCode("DINKES"), 1,
                [new CostLine(new FiscalYear(2022), FundingSource.Apbd, new Rupiah(100_000_000))], ProgrammeKind.Application)],
            Roadmap = new AdoptedRoadmap([new AdoptedStart(new ProgrammeCode("GOV-01"), new FiscalYear(2022)), new AdoptedStart(new ProgrammeCode("LIV-01"), new FiscalYear(2022))],
                [new ProgrammeCode("GOV-01")], null, 1m, 1m),
        };
        await store.ImportAsync(content);
        Assert.True((await VersionUseCases.PublishAsync("33.13", null, store.Db)).Succeeded);
    }
}
