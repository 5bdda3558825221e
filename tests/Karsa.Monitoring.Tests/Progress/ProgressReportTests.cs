using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Reports;
using static Karsa.Monitoring.Tests.Progress.ProgressPlans;

namespace Karsa.Monitoring.Tests.Progress;

/// <summary>Reports, their parts and the status list refuse every invalid value at its field.</summary>
public class ProgressReportTests
{
    private static readonly ProgrammeReference Gov01 = new(Region, PlanVersion, new ProgrammeCode("GOV-01"));

    private static ProgressReport Make(string status = "berjalan", decimal? percent = null, RealisedSpending[]? realised = null,
        Milestone[]? milestones = null, string? notes = null, EvidenceReference[]? evidence = null) =>
        new(Gov01, new FiscalYear(2025), ProgressStatusList.Default.Resolve(status), percent, [.. realised ?? []], [.. milestones ?? []], notes, [.. evidence ?? []]);

    [Theory]
    [InlineData("belum-mulai", 0)]
    [InlineData("persiapan", 10)]
    [InlineData("berjalan", 50)]
    [InlineData("selesai", 100)]
    [InlineData("dibatalkan", 0)]
    public void Without_a_percentage_a_report_takes_its_status_default(string status, int percent)
    {
        Assert.Equal(percent, Make(status).Percent);
    }

    [Fact]
    public void A_report_keeps_what_it_was_given()
    {
        var report = Make("berjalan", 62.5m, [new("apbd", new Rupiah(150 * M)), new("dana-desa", new Rupiah(5 * M))],
            [new("Aplikasi diluncurkan", new DateOnly(2025, 6, 30), new DateOnly(2025, 7, 14)), new("Pelatihan", new DateOnly(2025, 11, 1), null)],
            "Peluncuran terlambat dua minggu", [new("ev-1", "notulen.pdf", "application/pdf", 2048)]);

        Assert.Equal(62.5m, report.Percent);
        Assert.Equal(new Rupiah(150 * M), report.RealisedFrom("apbd"));
        Assert.Equal(Rupiah.Zero, report.RealisedFrom("apbn"));
        Assert.Equal([true, false], report.Milestones.Select(m => m.Reached));
        Assert.Equal("33.13 v2 GOV-01", report.Programme.ToString());
    }

    [Theory]
    [InlineData("berjalan", 100.01, "KRS016")]
    [InlineData("berjalan", -1, "KRS016")]
    [InlineData("selesai", 80, "KRS116")]
    [InlineData("belum-mulai", 5, "KRS116")]
    public void A_percentage_outside_0_to_100_or_contradicting_the_status_is_refused_at_percent(string status, double percent, string code)
    {
        Assert.Equal((code, "percent"), Refusal(() => Make(status, (decimal)percent)));
    }

    [Fact]
    public void Invalid_parts_are_refused_at_their_fields()
    {
        Assert.Equal(("KRS110", "status"), Refusal(() => ProgressStatusList.Default.Resolve("jalan")));
        Assert.Equal(("KRS006", "realised.apbd"), Refusal(() => Make(realised: [new("apbd", new Rupiah(1)), new("apbd", new Rupiah(2))])));
        Assert.Equal(("KRS112", "source"), Refusal(() => _ = new RealisedSpending("APBD", new Rupiah(1))));
        Assert.Equal(("KRS112", "source"), Refusal(() => _ = new RealisedSpending("", new Rupiah(1))));
        Assert.Equal(("KRS013", "amount"), Refusal(() => _ = new RealisedSpending("apbd", new Rupiah(-1))));
        Assert.Equal(("KRS007", "name"), Refusal(() => _ = new Milestone(" ", new DateOnly(2025, 1, 1), null)));
        Assert.Equal(("KRS111", "name"), Refusal(() => _ = new Milestone(new string('m', Milestone.MaxNameLength + 1), new DateOnly(2025, 1, 1), null)));
        Assert.Equal(("KRS016", "version"), Refusal(() => _ = new ProgrammeReference(Region, 0, new ProgrammeCode("GOV-01"))));
    }

    [Fact]
    public void Notes_are_bounded_and_blank_notes_are_none()
    {
        Assert.Equal(ProgressReport.MaxNotesLength, Make(notes: new string('n', ProgressReport.MaxNotesLength)).Notes!.Length);
        Assert.Null(Make(notes: "   ").Notes);
        Assert.Equal(("KRS111", "notes"), Refusal(() => Make(notes: new string('n', ProgressReport.MaxNotesLength + 1))));
    }

    [Fact]
    public void Evidence_references_are_checked_and_keep_a_sanitised_name()
    {
        Assert.Equal("laporan.pdf", new EvidenceReference("ev-1", "../laporan.PDF", "application/pdf", 1).FileName);
        Assert.Equal(("KRS112", "id"), Refusal(() => _ = new EvidenceReference("../ev", "a.pdf", "application/pdf", 1)));
        Assert.Equal(("KRS113", "contentType"), Refusal(() => _ = new EvidenceReference("ev-1", "a.pdf", "text/html", 1)));
        Assert.Equal(("KRS016", "size"), Refusal(() => _ = new EvidenceReference("ev-1", "a.pdf", "application/pdf", 0)));
        var twice = new EvidenceReference("ev-1", "a.pdf", "application/pdf", 1);
        Assert.Equal(("KRS006", "evidence.ev-1"), Refusal(() => Make(evidence: [twice, twice])));
    }

    [Fact]
    public void The_default_status_list_speaks_Indonesian_first_and_English_second()
    {
        var statuses = ProgressStatusList.Default.Statuses;

        Assert.Equal(["belum-mulai", "persiapan", "berjalan", "terhambat", "selesai", "dibatalkan"], statuses.Select(s => s.Key));
        Assert.Equal(("Terhambat", "Stalled", ProgressMeaning.Stalled), (statuses[3].Name.Indonesian, statuses[3].Name.English, statuses[3].Meaning));
    }

    [Fact]
    public void A_status_list_refuses_duplicate_keys_percentages_outside_0_to_100_and_emptiness()
    {
        var ok = new ProgressStatus("mulai", new LocalizedText("Mulai", "Started"), 5m, ProgressMeaning.UnderWay);

        Assert.Equal(("KRS006", "statuses.mulai"), Refusal(() => _ = new ProgressStatusList([ok, ok with { }])));
        Assert.Equal(("KRS004", "statuses"), Refusal(() => _ = new ProgressStatusList([])));
        Assert.Equal(("KRS016", "defaultPercent"), Refusal(() => _ = new ProgressStatus("lebih", new LocalizedText("Lebih"), 101m, ProgressMeaning.UnderWay)));
        Assert.Equal(("KRS116", "defaultPercent"), Refusal(() => _ = new ProgressStatus("tuntas", new LocalizedText("Tuntas"), 90m, ProgressMeaning.Completed)));
        Assert.Equal(("KRS112", "key"), Refusal(() => _ = new ProgressStatus("Sedang Jalan", new LocalizedText("Jalan"), 50m, ProgressMeaning.UnderWay)));
        Assert.Equal("mulai", new ProgressStatusList([ok]).Resolve("mulai").Key);
    }
}
