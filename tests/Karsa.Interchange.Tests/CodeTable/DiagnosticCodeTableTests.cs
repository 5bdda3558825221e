using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Tests.CodeTable;

/// <summary>
/// Every diagnostic code is triggered by a test: each case of <see cref="DiagnosticCodeTable"/> makes
/// its code fire at its path (and file position), its baseline does not, and a code of
/// <see cref="Problems"/> without a case fails.
/// </summary>
public class DiagnosticCodeTableTests
{
    public static TheoryData<string> CaseNames => [.. DiagnosticCodeTable.Cases.Select(c => c.Name)];

    [Fact]
    public void Every_code_of_Problems_has_a_case_in_the_table()
    {
        var covered = DiagnosticCodeTable.Cases.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

        var missing = ProblemCodes.All.Keys.Where(code => !covered.Contains(code) && !CoveredByEvaluationTable(code) && !CalendarCodeCases.CoveredByApplicationTests(code)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing.Select(code => $"new code {code} has no case in the table: add one")));
    }

    /// <summary>
    /// The evaluation's codes (KRS130-KRS139) fire from an instrument built in Karsa.Monitoring.Tests,
    /// whose own table (<c>EvaluationCodeTableTests</c>) fails when one of them has no case.
    /// </summary>
    private static bool CoveredByEvaluationTable(string code) =>
        string.CompareOrdinal(code, "KRS130") >= 0 && string.CompareOrdinal(code, "KRS139") <= 0;

    [Fact]
    public void Every_case_names_a_code_of_Problems_and_has_its_own_name()
    {
        var unknown = DiagnosticCodeTable.Cases.Where(c => !ProblemCodes.All.ContainsKey(c.Code)).Select(c => c.Name).ToList();

        Assert.True(unknown.Count == 0, "cases for codes Problems does not make: " + string.Join(", ", unknown));
        Assert.Equal(DiagnosticCodeTable.Cases.Count, CaseNames.Count);
        Assert.Distinct(DiagnosticCodeTable.Cases.Select(c => c.Name));
    }

    [Fact]
    public void Each_factory_of_Problems_makes_its_own_well_formed_code()
    {
        var factories = ProblemCodes.Factories;

        Assert.NotEmpty(factories);
        Assert.All(factories, f => Assert.Matches("^KRS[0-9]{3}$", f.Made.Code));
        Assert.All(factories, f => Assert.Equal(IsWarningCode(f.Made.Code) ? Severity.Warning : Severity.Error, f.Made.Severity));
        var shared = factories.GroupBy(f => f.Made.Code).Where(g => g.Select(f => f.Method).Distinct().Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(f => f.Method))}").ToList();
        Assert.True(shared.Count == 0, "one code, several meanings: " + string.Join("; ", shared));
    }

    [Fact]
    public void The_quiet_baseline_reads_without_any_diagnostic()
    {
        var result = Reading.Yaml(QuietPlan.Yaml);

        Assert.True(result.Succeeded && result.Diagnostics.Count == 0, Reading.Describe(result));
        Assert.Empty(MasterplanRules.Check(QuietPlan.Content));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_case_makes_its_code_fire_where_it_says_and_its_baseline_does_not(string name)
    {
        var @case = DiagnosticCodeTable.Named(name);
        var severity = ProblemCodes.All[@case.Code];

        var baseline = @case.Baseline();
        var fired = @case.Fire();

        Assert.DoesNotContain(baseline, d => d.Code == @case.Code);
        var matches = fired.Diagnostics
            .Where(d => d.Code == @case.Code && d.Path == @case.Path && (fired.ExpectedAt is null || d.Location == fired.ExpectedAt))
            .ToList();
        Assert.True(matches.Count == 1, $"expected one {@case.Code} at '{@case.Path}' {fired.ExpectedAt}, got:\n{Describe(fired.Diagnostics)}");
        Assert.Equal(severity, matches[0].Severity);
        if (severity == Severity.Warning)
        {
            Assert.True(fired.Diagnostics.All(d => d.Severity == Severity.Warning), "a warning case must not need an error:\n" + Describe(fired.Diagnostics));
        }
    }

    /// <summary>KRS100-KRS109 are the plan's warnings; every other code is an error.</summary>
    private static bool IsWarningCode(string code) => (string.CompareOrdinal(code, "KRS100") >= 0 && string.CompareOrdinal(code, "KRS110") < 0) || code == "KRS144";

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Format(Language.English)} [path '{d.Path}']"));
}
