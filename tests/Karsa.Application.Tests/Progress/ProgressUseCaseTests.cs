using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Application.Progress;
using Karsa.Application.Tests.Plans;
using Karsa.Domain.Agencies;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;
using Karsa.Testing;

namespace Karsa.Application.Tests.Progress;

public sealed class ProgressUseCaseTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2022, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Planner = new("perencana", Role.Planner, new RegionCode("33.13"), null);
    private static readonly Actor Kominfo = new("opd-kominfo", Role.AgencyReporter, new RegionCode("33.13"), "DISKOMINFO");
    private static readonly Actor Dinkes = new("opd-dinkes", Role.AgencyReporter, new RegionCode("33.13"), "DINKES");
    private readonly StoreFolder _store = new();

    private string Db => _store.Db;

    public void Dispose() => _store.Dispose();

    private Task PublishAsync() => ProgressPlans.PublishAsync(_store);

    private static ProgressInput Input(string status, decimal? percent, long apbd = 0, int revision = 0) =>
        new(status, percent, new Dictionary<string, long> { ["apbd"] = apbd }, [new MilestoneInput("Kontrak", new DateOnly(2022, 3, 1), new DateOnly(2022, 3, 5))], "Catatan", revision);

    [Fact]
    public async Task The_overview_rolls_up_by_planned_cost_and_names_the_rule()
    {
        await PublishAsync();
        var saved = await ProgressReporting.ReportAsync(Db, Kominfo, "33.13", "GOV-01", 2022, Input("berjalan", 40m, 100_000_000), Now);
        Assert.True(saved.Succeeded, saved.Error?.Message.English);

        var overview = await ProgressUseCases.OverviewAsync(Db, Planner, "33.13", 2022);

        Assert.True(overview.Succeeded, overview.Error?.Message.English);
        // (250 M x 40 + 100 M x 0) / 350 M, by hand.
        Assert.Equal(250m * 40m / 350m, overview.Value.RollUp.Plan.Percent);
        Assert.Equal("ditimbang menurut biaya rencana", overview.Value.RollUp.Rule.Description.Indonesian);
        Assert.Equal(["GOV-01", "LIV-01"], overview.Value.Programmes.Select(p => p.Code.Value));
        var liv = overview.Value.Programmes[1];
        Assert.Equal((Karsa.Monitoring.Progress.Measures.ScheduleState.NotStarted, false), (liv.Schedule.Headline, liv.ReportedThisYear));
    }

    [Fact]
    public async Task An_agency_reporter_sees_and_reports_only_their_agency_s_programmes()
    {
        await PublishAsync();

        var overview = await ProgressUseCases.OverviewAsync(Db, Dinkes, "33.13", 2022);
        var refused = await ProgressReporting.ReportAsync(Db, Dinkes, "33.13", "GOV-01", 2022, Input("berjalan", 40m), Now);
        var form = await ProgressReporting.FormAsync(Db, Dinkes, "33.13", "GOV-01", 2022);
        var template = await ProgressSheets.TemplateAsync(Db, Dinkes, "33.13", "DISKOMINFO", 2022);
        var otherRegion = await ProgressReporting.ReportAsync(Db, Kominfo with { Region = new RegionCode("33.72") }, "33.13", "GOV-01", 2022, Input("berjalan", 40m), Now);

        Assert.Equal(["LIV-01"], overview.Value!.Programmes.Select(p => p.Code.Value));
        Assert.DoesNotContain("GOV-01", Keys(overview.Value.RollUp.Plan));
        Assert.Equal([FailureKind.Forbidden, FailureKind.Forbidden, FailureKind.Forbidden, FailureKind.Forbidden],
            new[] { refused.Error?.Kind, form.Error?.Kind, template.Error?.Kind, otherRegion.Error?.Kind });
        Assert.DoesNotContain((await ProgressUseCases.OverviewAsync(Db, Planner, "33.13", 2022)).Value!.Programmes, p => p.ReportedThisYear);
    }

    [Fact]
    public async Task A_stale_form_is_a_conflict_and_a_bad_percent_names_its_field()
    {
        await PublishAsync();
        await ProgressReporting.ReportAsync(Db, Kominfo, "33.13", "GOV-01", 2022, Input("berjalan", 40m), Now);

        var stale = await ProgressReporting.ReportAsync(Db, Planner, "33.13", "GOV-01", 2022, Input("berjalan", 50m, revision: 0), Now);
        var contradicting = await ProgressReporting.ReportAsync(Db, Planner, "33.13", "GOV-01", 2022, Input("selesai", 80m, revision: 1), Now);

        Assert.Equal(FailureKind.Conflict, stale.Error!.Kind);
        Assert.Equal(("KRS116", "percent"), (contradicting.Error!.Diagnostics[0].Code, contradicting.Error.Diagnostics[0].Path));
    }

    [Fact]
    public async Task A_filled_template_imports_all_or_nothing_and_again_changes_nothing()
    {
        await PublishAsync();
        var template = await ProgressSheets.TemplateAsync(Db, Kominfo, "33.13", "DISKOMINFO", 2022);
        Assert.True(template.Succeeded, template.Error?.Message.English);
        // Programme sheet of a template with APBD only: A code, B name, C planned, D status, E progress, F realised, G notes.
        var bad = WorkbookEditor.Edit(template.Value.Content, sheet => sheet.Text("Program", "D2", "Berjalan").Number("Program", "E2", 140));
        var good = WorkbookEditor.Edit(template.Value.Content, sheet => sheet.Text("Program", "D2", "Berjalan").Number("Program", "E2", 60).Text("Program", "F2", "Rp 120.000.000"));

        var refused = await ProgressSheets.ImportAsync(Db, Kominfo, "33.13", "DISKOMINFO", 2022, new MemoryStream(bad), Now);
        var first = await ProgressSheets.ImportAsync(Db, Kominfo, "33.13", "DISKOMINFO", 2022, new MemoryStream(good), Now);
        var again = await ProgressSheets.ImportAsync(Db, Kominfo, "33.13", "DISKOMINFO", 2022, new MemoryStream(good), Now.AddHours(1));

        var problem = Assert.Single(refused.Value!.Problems);
        Assert.Equal(("Program", 2, "E"), (problem.Sheet, problem.Row, problem.Column));
        Assert.Equal((1, 1), (first.Value!.Outcome!.ReportsRead, first.Value.Outcome.ReportsChanged));
        Assert.Equal(0, again.Value!.Outcome!.ReportsChanged);
        var form = await ProgressReporting.FormAsync(Db, Kominfo, "33.13", "GOV-01", 2022);
        Assert.Equal((60m, 120_000_000L, 1), (form.Value!.Current!.Report.Percent, form.Value.Current.Report.RealisedFrom("apbd").Value, form.Value.Current.Revision));
    }

    [Fact]
    public async Task Evidence_is_accepted_by_its_bytes_and_downloads_as_stored_while_a_disguised_page_is_refused()
    {
        await PublishAsync();
        var pdf = "%PDF-1.7\nbukti"u8.ToArray();

        var accepted = await EvidenceUseCases.UploadAsync(Db, Kominfo, "33.13", "GOV-01", 2022, "../Laporan Tahap 1.PDF", new MemoryStream(pdf), Now);
        var disguised = await EvidenceUseCases.UploadAsync(Db, Kominfo, "33.13", "GOV-01", 2022, "laporan.pdf", new MemoryStream("<html><script>"u8.ToArray()), Now);

        Assert.True(accepted.Succeeded, accepted.Error?.Message.English);
        Assert.Equal(("Laporan Tahap 1.pdf", "application/pdf"), (accepted.Value.FileName, accepted.Value.ContentType));
        Assert.Equal(("KRS114", "content"), (disguised.Error!.Diagnostics[0].Code, disguised.Error.Diagnostics[0].Path));
        var download = await EvidenceUseCases.DownloadAsync(Db, "33.13", accepted.Value.Id);
        await using var content = download.Value!.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        Assert.Equal(pdf, copy.ToArray());
        Assert.Equal(FailureKind.NotFound, (await EvidenceUseCases.DownloadAsync(Db, "33.72", accepted.Value.Id)).Error!.Kind);
    }

    [Fact]
    public async Task The_facts_count_quick_wins_schedule_money_and_agencies_still_owing()
    {
        await PublishAsync();
        await ProgressReporting.ReportAsync(Db, Kominfo, "33.13", "GOV-01", 2022, Input("selesai", null, 240_000_000), Now);
        var facts = new ProgressFacts(Db);

        var measured = await facts.FactsAsync(new RegionCode("33.13"), new FiscalYear(2022), CancellationToken.None);
        var owing = await facts.AgenciesOwingAsync(new RegionCode("33.13"), new FiscalYear(2022), Now.AddDays(-1), CancellationToken.None);

        Assert.Equal(new Karsa.Application.Monitoring.MonitoringFacts(1, 1, 0, 2, 240_000_000, 350_000_000, 0, 0), measured);
        Assert.Equal(["DINKES"], owing.Order());
        Assert.Null(await facts.FactsAsync(new RegionCode("33.72"), new FiscalYear(2022), CancellationToken.None));
    }

    [Fact]
    public async Task Facts_of_an_unreachable_database_are_an_error_not_nothing_to_prefill()
    {
        // Nothing listens on port 9 (discard) of this machine: the connection is refused at once.
        var facts = new ProgressFacts("Host=127.0.0.1;Port=9;Username=karsa;Password=karsa;Database=karsa;Timeout=2");

        await Assert.ThrowsAsync<Karsa.Storage.StorageException>(() => facts.FactsAsync(new RegionCode("33.13"), new FiscalYear(2022), CancellationToken.None));
        await Assert.ThrowsAsync<Karsa.Storage.StorageException>(() => facts.AgenciesOwingAsync(new RegionCode("33.13"), new FiscalYear(2022), Now, CancellationToken.None));
    }

    private static IEnumerable<string> Keys(Karsa.Monitoring.Progress.Measures.ProgressNode node) => node.Children.SelectMany(Keys).Prepend(node.Key);
}
