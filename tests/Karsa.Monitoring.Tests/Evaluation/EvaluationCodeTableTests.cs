using System.Reflection;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.National;
using Karsa.Monitoring.Evaluation.Workflow;
using static Karsa.Monitoring.Tests.Evaluation.SmallInstrument;

namespace Karsa.Monitoring.Tests.Evaluation;

/// <summary>
/// The evaluation's codes (KRS130-KRS139): each has a case here that makes it fire at its path, and a
/// code of <see cref="Problems"/> in the range without a case fails. (The solution-wide table in
/// Karsa.Interchange.Tests needs these cases too; see docs/monitoring/evaluation.md.)
/// </summary>
public class EvaluationCodeTableTests
{
    private static readonly IReadOnlyList<(string Code, string Path, Action Fire)> Cases =
    [
        ("KRS130", "", () => _ = new EvaluationWeights(10m, 20m, 30m, 30m, 20m)),
        ("KRS131", "questions[1].code", () => _ = new EvaluationInstrument([.. Instrument().Questions.Take(1), .. Instrument().Questions], Instrument().Weights, Scale)),
        ("KRS132", "questions", () => _ = new EvaluationInstrument([.. Instrument().Questions.Skip(2)], Instrument().Weights, Scale)),
        ("KRS133", "verified[0].score", () => _ = new RegionEvaluation(new RegionCode("33.13")).WithVerifiedScores(InVerification(2025), EvaluationParty.Evaluator, All(6m))),
        ("KRS134", "verified[0].question", () => _ = new RegionEvaluation(new RegionCode("33.13")).WithVerifiedScores(InVerification(2025), EvaluationParty.Evaluator, [VerifiedScore.ByEvaluator(Code("X1"), 3m)])),
        ("KRS135", "state", () => _ = InVerification(2025).OpenSelfAssessment(EvaluationParty.Ministry)),
        ("KRS136", "evaluations[33.13].verified[B1]", () => _ = InVerification(2025).Publish(EvaluationParty.Ministry, [new RegionEvaluation(new RegionCode("33.13"))])),
        ("KRS137", "evaluations[33.13].verified[Q1]", () => _ = PublishWithUnconfirmedPrefill()),
        ("KRS138", "", () => _ = YearOverYear.Compare(Published(2025, ("33.13", All(3m))).Results[0], Published(2024, ("33.13", All(3m))).Results[0])),
        ("KRS139", "evaluations[1].region", () => _ = InVerification(2025).Publish(EvaluationParty.Ministry, [new RegionEvaluation(new RegionCode("33.13")), new RegionEvaluation(new RegionCode("33.13"))])),
    ];

    public static TheoryData<string> Codes => [.. Cases.Select(c => c.Code)];

    [Fact]
    public void Every_evaluation_code_of_Problems_has_a_case()
    {
        var made = typeof(Problems).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(Diagnostic))
            .Select(m => ((Diagnostic)m.Invoke(null, [.. m.GetParameters().Select(p => Placeholder(p.ParameterType))])!).Code)
            .Where(code => string.CompareOrdinal(code, "KRS130") >= 0 && string.CompareOrdinal(code, "KRS139") <= 0)
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(made, Cases.Select(c => c.Code).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_case_makes_its_code_fire_at_its_path_as_an_error(string code)
    {
        var (_, path, fire) = Cases.Single(c => c.Code == code);

        var problems = Assert.Throws<DomainException>(fire).Problems;

        Assert.Contains(problems, p => p.Code == code && p.Path == path && p.Severity == Severity.Error);
        Assert.All(problems, p => Assert.NotEqual(p.Message.Indonesian, p.Message.In(Language.English)));
    }

    private static object Placeholder(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(LocalizedText) ? new LocalizedText("x", "y")
        : type.IsAssignableFrom(typeof(string[])) ? Array.Empty<string>()
        : Activator.CreateInstance(type)!;

    private static PublishedCycle PublishWithUnconfirmedPrefill()
    {
        var cycle = InVerification(2025);
        var prefilled = VerifiedScore.Prefilled(Code("Q1"), new DataSource(new LocalizedText("anggaran terealisasi"), 0.5m), Scale);
        var region = new RegionEvaluation(new RegionCode("33.13"))
            .WithVerifiedScores(cycle, EvaluationParty.Evaluator, [.. All(3m).Where(s => s.Question.Value != "Q1"), prefilled]);
        return cycle.Publish(EvaluationParty.Ministry, [region]);
    }
}
