using Karsa.Domain.Agencies;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;
using Karsa.Testing;

namespace Karsa.Domain.Tests;

/// <summary>The roadmap view's places: a programme without an end year of its own is open-ended, nothing else is.</summary>
public class RoadmapViewTests
{
    private static Programme Service(string code, int? duration) =>
        new(new ProgrammeCode(code), new LocalizedText("Layanan aduan", "Complaints service"), Dimension.Governance, new ElementCode("public-service"),
            new AgencyCode("DISKOMINFO"), duration, default, status: DeliveryStatus.Existing, startedIn: new FiscalYear(2019),
            recurrence: duration is null ? ProgrammeRecurrence.OpenEnded : ProgrammeRecurrence.None);

    [Fact]
    public void A_service_without_a_duration_runs_to_the_horizon_and_is_open_ended_one_with_a_duration_is_not()
    {
        var content = SamplePlans.Minimal();
        var plan = Masterplan.Create(content with { Programmes = [.. content.Programmes, Service("SVC-01", null), Service("SVC-02", 6)] });
        var starts = new Dictionary<ProgrammeCode, FiscalYear> { [new("GOV-01")] = new(2022), [new("SVC-01")] = new(2022), [new("SVC-02")] = new(2022) };

        var view = RoadmapView.Of(plan, starts, new HashSet<ProgrammeCode>());

        var open = view.Of(new ProgrammeCode("SVC-01"));
        Assert.True(open.OpenEnded);
        Assert.Equal(plan.Period.Last, open.End);

        // Six years counted from 2019, when it started: it ends in 2024 and is not open-ended.
        Assert.False(view.Of(new ProgrammeCode("SVC-02")).OpenEnded);
        Assert.Equal(new FiscalYear(2024), view.Of(new ProgrammeCode("SVC-02")).End);
        Assert.False(view.Of(new ProgrammeCode("GOV-01")).OpenEnded);
    }

    [Fact]
    public void A_programme_left_out_cannot_be_open_ended()
    {
        var error = Assert.Throws<ArgumentException>(() => new RoadmapPlace(new ProgrammeCode("SVC-01"), null, null, null, false) { OpenEnded = true });

        Assert.Contains("SVC-01", error.Message, StringComparison.Ordinal);
        Assert.False(new RoadmapPlace(new ProgrammeCode("SVC-01"), null, null, null, false).OpenEnded);
    }
}
