using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Evidence;
using Karsa.Monitoring.Progress.Measures;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Testing;

namespace Karsa.Interchange.Tests.CodeTable;

/// <summary>The cases of the progress codes (KRS110-KRS119, KRS169), made by the monitoring parts that refuse them.</summary>
internal static class ProgressCodeCases
{
    private static readonly byte[] Pdf = "%PDF-1.7"u8.ToArray();

    /// <summary>One case per code, in code order.</summary>
    public static IReadOnlyList<CodeCase> Cases { get; } =
    [
        Case("KRS110", "a report status not in the list", () => ProgressStatusList.Default.Resolve("berjalan"), () => ProgressStatusList.Default.Resolve("jalan"), "status"),
        Case("KRS111", "a milestone name over 200 characters",
            () => new Milestone(new string('m', 200), new DateOnly(2025, 1, 1), null), () => new Milestone(new string('m', 201), new DateOnly(2025, 1, 1), null), "name"),
        Case("KRS112", "a funding source key in capitals", () => new RealisedSpending("apbd", Rupiah.Zero), () => new RealisedSpending("APBD", Rupiah.Zero), "source"),
        Case("KRS113", "an evidence file named .exe", () => EvidencePolicy.Default.Check("a.pdf", 10, Pdf), () => EvidencePolicy.Default.Check("a.exe", 10, Pdf), "fileName"),
        Case("KRS114", "an HTML page named .pdf",
            () => EvidencePolicy.Default.Check("a.pdf", 10, Pdf), () => EvidencePolicy.Default.Check("a.pdf", 10, "<html>"u8.ToArray()), "content"),
        Case("KRS115", "an evidence file one byte over the limit",
            () => EvidencePolicy.Default.Check("a.pdf", EvidencePolicy.DefaultMaxBytes, Pdf), () => EvidencePolicy.Default.Check("a.pdf", EvidencePolicy.DefaultMaxBytes + 1, Pdf), "size"),
        Case("KRS116", "a completed report at 80 %", () => Report("GOV-01", 100m, "selesai"), () => Report("GOV-01", 80m, "selesai"), "percent"),
        Case("KRS117", "a report about another region's plan",
            () => History(Report("GOV-01", 50m, "berjalan")), () => History(Report("GOV-01", 50m, "berjalan", "33.14")), "reports[0].programme"),
        Case("KRS118", "a report about no programme of the plan",
            () => History(Report("GOV-01", 50m, "berjalan")), () => History(Report("GOV-99", 50m, "berjalan")), "reports[0].programme"),
        Case("KRS119", "progress against a plan without an adopted roadmap",
            () => MonitoredPlan.Of(Masterplan.Create(SamplePlans.Adopted())), () => MonitoredPlan.Of(Masterplan.Create(SamplePlans.Minimal())), "roadmap"),
        Case("KRS169", "a status dropped while reports use it",
            () => Keeping(["berjalan"]), () => Keeping(["berjalan", "ditunda"]), "statuses"),
    ];

    private static bool Keeping(IEnumerable<string> inUse)
    {
        ProgressSettings.Default.CheckKeeps(inUse);
        return true;
    }

    private static CustomCase Case(string code, string what, Func<object> before, Func<object> after, string path) =>
        new(code, what, () => Made(before), () => Made(after), path);

    /// <summary>Nothing when <paramref name="make"/> succeeds; a refusal is caught by the case as its problems.</summary>
    private static IReadOnlyList<Diagnostic> Made(Func<object> make)
    {
        _ = make();
        return [];
    }

    private static ProgressReport Report(string code, decimal percent, string status, string region = "33.13") =>
        new(new ProgrammeReference(new RegionCode(region), 1, new ProgrammeCode(code)), new FiscalYear(2022), ProgressStatusList.Default.Resolve(status), percent);

    private static ReportHistory History(ProgressReport report) => ReportHistory.Of(MonitoredPlan.Of(Masterplan.Create(SamplePlans.Adopted())), [report]);
}
