using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Progress;
using Karsa.Application.Tests.Plans;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Measures;
using Karsa.Monitoring.Progress.Reports;

namespace Karsa.Application.Tests.Progress;

/// <summary>A region's own status list and set weights: saved by its planners, used by forms, workbooks and the roll-up.</summary>
public sealed class ProgressSettingsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2022, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Planner = new("perencana", Role.Planner, new RegionCode("33.13"), null);
    private static readonly Actor Kominfo = new("opd-kominfo", Role.AgencyReporter, new RegionCode("33.13"), "DISKOMINFO");
    private readonly StoreFolder _store = new();

    private string Db => _store.Db;

    public void Dispose() => _store.Dispose();

    private static IReadOnlyList<StatusInput> Shipped(params StatusInput[] more) =>
        [.. ProgressStatusList.Default.Statuses.Select(s => new StatusInput(s.Key, s.Name.Indonesian, s.Name.English, s.DefaultPercent, s.Meaning)), .. more];

    private static ProgressInput Report(string status, decimal? percent) => new(status, percent, new Dictionary<string, long>(), [], null, 0);

    [Fact]
    public async Task Set_weights_replace_planned_cost_in_the_roll_up_and_the_rule_says_so()
    {
        await ProgressPlans.PublishAsync(_store);
        await ProgressReporting.ReportAsync(Db, Planner, "33.13", "GOV-01", 2022, Report("berjalan", 40m), Now);
        var byCost = (await ProgressUseCases.OverviewAsync(Db, Planner, "33.13", 2022)).Value!.RollUp;

        var saved = await ProgressSettingsUseCases.SaveAsync(Db, Planner, "33.13",
            new ProgressSettingsInput(Shipped(), true, new Dictionary<string, decimal> { ["GOV-01"] = 1m, ["LIV-01"] = 3m }, 0), Now);
        var bySetWeights = (await ProgressUseCases.OverviewAsync(Db, Planner, "33.13", 2022)).Value!.RollUp;

        Assert.True(saved.Succeeded, saved.Error?.Message.English);
        Assert.Equal(1, saved.Value.Stored.Revision);
        // By planned cost: (250 M x 40 + 100 M x 0) / 350 M; by set weights: (1 x 40 + 3 x 0) / 4 = 10, by hand.
        Assert.Equal(Math.Round(250m * 40m / 350m, 2), Math.Round(byCost.Plan.Percent, 2));
        Assert.Equal(10m, bySetWeights.Plan.Percent);
        Assert.Equal((WeightBasis.SetWeights, "weighted by the weights the planner set"), (bySetWeights.Rule.Basis, bySetWeights.Rule.Description.English));
    }

    [Fact]
    public async Task A_status_the_region_adds_is_offered_by_the_form_and_resolves_in_reports()
    {
        await ProgressPlans.PublishAsync(_store);
        var ditunda = new StatusInput("ditunda", "Ditunda", "Postponed", 0m, ProgressMeaning.Stalled);
        await ProgressSettingsUseCases.SaveAsync(Db, Planner, "33.13", new ProgressSettingsInput(Shipped(ditunda), false, new Dictionary<string, decimal>(), 0), Now);

        var form = await ProgressReporting.FormAsync(Db, Kominfo, "33.13", "GOV-01", 2022);
        var reported = await ProgressReporting.ReportAsync(Db, Kominfo, "33.13", "GOV-01", 2022, Report("ditunda", null), Now);
        var reread = await ProgressReporting.FormAsync(Db, Kominfo, "33.13", "GOV-01", 2022);

        Assert.Contains("ditunda", form.Value!.Statuses.Statuses.Select(s => s.Key));
        Assert.True(reported.Succeeded, reported.Error?.Message.English);
        Assert.Equal(("ditunda", ProgressMeaning.Stalled), (reread.Value!.Current!.Report.Status.Key, reread.Value.Current.Report.Status.Meaning));
    }

    [Fact]
    public async Task A_status_in_use_cannot_be_dropped_and_nothing_is_saved()
    {
        await ProgressPlans.PublishAsync(_store);
        await ProgressReporting.ReportAsync(Db, Planner, "33.13", "GOV-01", 2022, Report("berjalan", 40m), Now);
        var withoutBerjalan = Shipped().Where(s => s.Key != "berjalan").ToList();

        var refused = await ProgressSettingsUseCases.SaveAsync(Db, Planner, "33.13", new ProgressSettingsInput(withoutBerjalan, false, new Dictionary<string, decimal>(), 0), Now);
        var kept = await ProgressSettingsUseCases.GetAsync(Db, Planner, "33.13");

        Assert.Equal(FailureKind.InvalidInput, refused.Error!.Kind);
        Assert.Equal(("KRS169", "statuses"), (refused.Error.Diagnostics[0].Code, refused.Error.Diagnostics[0].Path));
        Assert.Equal(0, kept.Value!.Stored.Revision);
    }

    [Fact]
    public async Task Bad_rows_are_named_by_field_and_a_stale_form_is_a_conflict()
    {
        await ProgressPlans.PublishAsync(_store);
        var bad = Shipped(new StatusInput("Ditunda!", "Ditunda", null, 50m, ProgressMeaning.Stalled), new StatusInput("tunda", " ", null, 0m, ProgressMeaning.Stalled));

        var refused = await ProgressSettingsUseCases.SaveAsync(Db, Planner, "33.13",
            new ProgressSettingsInput(bad, true, new Dictionary<string, decimal> { ["GOV-99"] = 1m }, 0), Now);
        await ProgressSettingsUseCases.SaveAsync(Db, Planner, "33.13", new ProgressSettingsInput(Shipped(), false, new Dictionary<string, decimal>(), 0), Now);
        var stale = await ProgressSettingsUseCases.SaveAsync(Db, Planner, "33.13", new ProgressSettingsInput(Shipped(), true, new Dictionary<string, decimal>(), 0), Now);

        Assert.Equal(["statuses[6].key", "statuses[7].id", "weights.GOV-99"], refused.Error!.Diagnostics.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.Equal(FailureKind.Conflict, stale.Error!.Kind);
    }

    [Fact]
    public async Task An_agency_reporter_reads_the_settings_but_may_not_change_them()
    {
        await ProgressPlans.PublishAsync(_store);

        var read = await ProgressSettingsUseCases.GetAsync(Db, Kominfo, "33.13");
        var refused = await ProgressSettingsUseCases.SaveAsync(Db, Kominfo, "33.13", new ProgressSettingsInput(Shipped(), true, new Dictionary<string, decimal>(), 0), Now);

        Assert.Equal((false, 2), (read.Value!.MayChange, read.Value.Programmes.Count));
        Assert.Equal(FailureKind.Forbidden, refused.Error!.Kind);
        Assert.Equal(0, (await ProgressSettingsUseCases.GetAsync(Db, Planner, "33.13")).Value!.Stored.Revision);
    }
}
