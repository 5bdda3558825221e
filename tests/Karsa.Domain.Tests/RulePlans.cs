using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Testing;

namespace Karsa.Domain.Tests;

/// <summary>Small plans for the rule tests: the minimal sample plan (Karanganyar 2022-2031, agency DISKOMINFO) with other programmes.</summary>
internal static class RulePlans
{
    /// <summary>The minimal sample plan holding <paramref name="programmes"/> instead of its own.</summary>
    public static MasterplanContent With(params Programme[] programmes) => SamplePlans.Minimal() with { Programmes = programmes };

    /// <summary>A one-year governance programme led by DISKOMINFO, changed by the arguments given.</summary>
    public static Programme P(string code, int duration = 1, int? earliest = null, int? latest = null, string[]? after = null,
        bool mandatory = false, string? group = null, Dimension dimension = Dimension.Governance, string element = "public-service",
        string lead = "DISKOMINFO", int[]? costYears = null, bool quickWin = false, string[]? supporting = null, string[]? districts = null,
        string[]? indicators = null, (string Criterion, decimal Score)[]? scores = null, string? name = null) =>
        new(new ProgrammeCode(code), new LocalizedText(name ?? "Program " + code), dimension, new ElementCode(element), new AgencyCode(lead), duration,
            (costYears ?? []).Select(y => new CostLine(new FiscalYear(y), FundingSource.Apbd, new Rupiah(1_000_000))).ToValueList(),
            supportingAgencies: (supporting ?? []).Select(a => new AgencyCode(a)).ToValueList(),
            quickWinCandidate: quickWin,
            earliestStart: earliest is { } e ? new FiscalYear(e) : null,
            latestStart: latest is { } l ? new FiscalYear(l) : null,
            dependsOn: (after ?? []).Select(Dependency).ToValueList(),
            mandatory: mandatory,
            alternativesGroup: group,
            scores: (scores ?? []).Select(s => new CriterionScore(new CriterionCode(s.Criterion), s.Score)).ToValueList(),
            indicators: (indicators ?? []).Select(i => new IndicatorCode(i)).ToValueList(),
            districts: (districts ?? []).Select(d => new RegionCode(d)).ToValueList());

    /// <summary>A dependency written "CODE" or "CODE+LAG".</summary>
    public static Dependency Dependency(string written) =>
        written.Split('+') is [var code, var lag] ? new Dependency(new ProgrammeCode(code), int.Parse(lag, System.Globalization.CultureInfo.InvariantCulture)) : new Dependency(new ProgrammeCode(written));

    /// <summary>The errors the rules find, as (code, path).</summary>
    public static List<(string Code, string Path)> Errors(MasterplanContent plan) =>
        [.. MasterplanRules.Check(plan).Where(d => d.Severity == Severity.Error).Select(d => (d.Code, d.Path))];

    /// <summary>The diagnostics with <paramref name="code"/>, as paths.</summary>
    public static List<string> PathsOf(MasterplanContent plan, string code) =>
        [.. MasterplanRules.Check(plan).Where(d => d.Code == code).Select(d => d.Path)];
}
