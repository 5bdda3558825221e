using Karsa.Domain.Agencies;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Regions;
using Karsa.Domain.Roadmaps;
using Karsa.Monitoring.Progress.Measures;
using Karsa.Monitoring.Progress.Reports;

namespace Karsa.Monitoring.Tests.Progress;

/// <summary>
/// Small plans built with the domain types: Karanganyar (33.13) version 2, 2024-2033, one agency.
/// Amounts are in millions of Rupiah (<see cref="M"/>).
/// </summary>
internal static class ProgressPlans
{
    /// <summary>One million Rupiah.</summary>
    public const long M = 1_000_000;

    public static readonly RegionCode Region = new("33.13");

    public const int PlanVersion = 2;

    /// <summary>
    /// The roll-up plan. Adopted starts and costs (anchored at the first plan year, or the earliest start):
    /// GOV-01 governance/public-service 2 years from 2024, apbd 100 + 100 (total 200);
    /// GOV-02 governance/public-service 1 year from 2026 (earliest 2025), apbd 300;
    /// GOV-03 governance/bureaucracy 3 years from 2025, costs written for 2024-2026: apbd 60 + dak 40, apbd 100, apbd 100 (total 300);
    /// LIV-01 living/health 1 year from 2025 and LIV-02 living/health 1 year from 2026, both without cost;
    /// ECO-01 economy/industry, apbd 1000, left out; ENV-01 environment/waste 2 years from 2024, apbd 500.
    /// </summary>
    public static Masterplan RollUpPlan() => Plan(
        [
            Programme("GOV-01", Dimension.Governance, "public-service", 2, null, (2024, "apbd", 100), (2025, "apbd", 100)),
            Programme("GOV-02", Dimension.Governance, "public-service", 1, 2025, (2025, "apbd", 300)),
            Programme("GOV-03", Dimension.Governance, "bureaucracy", 3, null, (2024, "apbd", 60), (2024, "dak", 40), (2025, "apbd", 100), (2026, "apbd", 100)),
            Programme("LIV-01", Dimension.Living, "health", 1, null),
            Programme("LIV-02", Dimension.Living, "health", 1, null),
            Programme("ECO-01", Dimension.Economy, "industry", 2, null, (2024, "apbd", 1000)),
            Programme("ENV-01", Dimension.Environment, "waste", 2, null, (2024, "apbd", 500)),
        ],
        ("GOV-01", 2024), ("GOV-02", 2026), ("GOV-03", 2025), ("LIV-01", 2025), ("LIV-02", 2026), ("ECO-01", null), ("ENV-01", 2024));

    /// <summary>
    /// One programme SCH-01 (governance/public-service), 4 years adopted from 2025 (so it ends 2028), its
    /// costs written for 2024-2027 as apbd 100 a year; so planned apbd 100 a year in 2025-2028.
    /// </summary>
    public static Masterplan SchedulePlan() => Plan(
        [Programme("SCH-01", Dimension.Governance, "public-service", 4, null, (2024, "apbd", 100), (2025, "apbd", 100), (2026, "apbd", 100), (2027, "apbd", 100))],
        ("SCH-01", 2025));

    public static Masterplan Plan(Programme[] programmes, params (string Code, int? Start)[] starts) => Masterplan.Create(Content(programmes) with
    {
        Roadmap = new AdoptedRoadmap([.. starts.Select(s => new AdoptedStart(new ProgrammeCode(s.Code), s.Start is { } y ? new FiscalYear(y) : null))], [], null, 0m, null),
    });

    public static MasterplanContent Content(Programme[] programmes) => new()
    {
        Region = new Region(Region, "Karanganyar", RegionKind.Kabupaten, "Jawa Tengah", default),
        Title = new LocalizedText("Masterplan Smart City Karanganyar 2024-2033"),
        Period = new PlanPeriod(new FiscalYear(2024), new FiscalYear(2033)),
        Version = PlanVersion,
        Agencies = [new Agency(new AgencyCode("DISKOMINFO"), "Dinas Komunikasi dan Informatika", AgencyKind.Dinas)],
        Programmes = [.. programmes],
    };

    public static Programme Programme(string code, Dimension dimension, string element, int duration, int? earliest, params (int Year, string Source, long Millions)[] costs) =>
        new(new ProgrammeCode(code), new LocalizedText("Program " + code), dimension, new ElementCode(element), new AgencyCode("DISKOMINFO"), duration,
            [.. costs.Select(c => new CostLine(new FiscalYear(c.Year), Source(c.Source), new Rupiah(c.Millions * M)))],
            earliestStart: earliest is { } e ? new FiscalYear(e) : null);

    /// <summary>A report with a status of the default list, an optional percentage and realised amounts in millions.</summary>
    public static ProgressReport Report(string code, int year, string status, decimal? percent = null, params (string Source, long Millions)[] realised) =>
        new(new ProgrammeReference(Region, PlanVersion, new ProgrammeCode(code)), new FiscalYear(year), ProgressStatusList.Default.Resolve(status), percent,
            [.. realised.Select(r => new RealisedSpending(r.Source, new Rupiah(r.Millions * M)))]);

    public static ReportHistory History(Masterplan plan, params ProgressReport[] reports) => ReportHistory.Of(MonitoredPlan.Of(plan), reports);

    /// <summary>The single problem <paramref name="make"/> is refused with, as (code, path).</summary>
    public static (string Code, string Path) Refusal(Action make)
    {
        var problem = Assert.Single(Assert.Throws<DomainException>(make).Problems);
        return (problem.Code, problem.Path);
    }

    /// <summary>Every problem <paramref name="make"/> is refused with, as (code, path).</summary>
    public static List<(string Code, string Path)> Refusals(Action make) =>
        [.. Assert.Throws<DomainException>(make).Problems.Select(p => (p.Code, p.Path))];

    private static FundingSource Source(string key) => new(key);
}
