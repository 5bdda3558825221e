using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.National;
using Karsa.Monitoring.Evaluation.Scoring;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Documents.Evaluation;

/// <summary>
/// What one region's evaluation report is made of: the published cycle (instrument, weights, scale),
/// the region's published result, its evaluation (self-assessment, verified scores and notes) and,
/// optionally, the national ranking of the year and the comparison with an earlier year.
/// Invariants, each refused as KRS138 at its path: the cycle is published (<c>cycle.state</c>), the
/// result is of the cycle's year (<c>result.year</c>) and of the evaluation's region
/// (<c>evaluation.region</c>), the ranking is of the year and holds the region (<c>ranking</c>), the
/// comparison is of the region and ends in the year (<c>change</c>). A blank region name is KRS007
/// at <c>regionName</c>.
/// </summary>
public sealed record EvaluationReportInput
{
    /// <summary>Creates the input, reporting every mismatch at once.</summary>
    public EvaluationReportInput(string regionName, EvaluationCycle cycle, PublishedEvaluation result, RegionEvaluation evaluation,
        NationalRanking? ranking = null, RegionComparison? change = null)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(evaluation);
        List<Diagnostic> problems = [];
        if (string.IsNullOrWhiteSpace(regionName))
        {
            problems.Add(Problems.EmptyText().Under("regionName"));
        }

        void Check(bool mismatch, string indonesian, string english, string path)
        {
            if (mismatch)
            {
                problems.Add(Problems.ResultsNotComparable(new LocalizedText(indonesian, english)).Under(path));
            }
        }

        var (region, year) = (result.Region, result.Year);
        Check(cycle.State != CycleState.Published, "siklus belum diterbitkan", "the cycle is not published", "cycle.state");
        Check(year != cycle.Year, $"hasil tahun {year} dari siklus {cycle.Year}", $"a result of {year} from the cycle of {cycle.Year}", "result.year");
        Check(evaluation.Region != region, $"penilaian {evaluation.Region} untuk hasil {region}", $"the evaluation of {evaluation.Region} for the result of {region}", "evaluation.region");
        Check(ranking is not null && (ranking.Year != year || ranking.RankOf(region) is null),
            $"peringkat tidak memuat {region} tahun {year}", $"the ranking does not hold {region} in {year}", "ranking");
        Check(change is not null && (change.Region != region || change.LaterYear != year),
            $"perbandingan bukan untuk {region} tahun {year}", $"the comparison is not of {region} in {year}", "change");
        if (problems.Count > 0)
        {
            throw new DomainException(problems);
        }

        (RegionName, Cycle, Result, Evaluation, Ranking, Change) = (regionName, cycle, result, evaluation, ranking, change);
    }

    /// <summary>The region's full name, e.g. "Kabupaten Karanganyar".</summary>
    public string RegionName { get; }

    /// <summary>The published cycle: year, title, questions, weights and scale.</summary>
    public EvaluationCycle Cycle { get; }

    /// <summary>The region's published result: the index, exact, and the findings.</summary>
    public PublishedEvaluation Result { get; }

    /// <summary>The region's self-assessment and the evaluator's verified scores and notes.</summary>
    public RegionEvaluation Evaluation { get; }

    /// <summary>The national ranking of the year, if the report shows the rank.</summary>
    public NationalRanking? Ranking { get; }

    /// <summary>The comparison with an earlier year, if the report shows the change.</summary>
    public RegionComparison? Change { get; }

    /// <summary>The region's rank and how many regions the ranking holds, when a ranking is given.</summary>
    public (int Rank, int Of)? Rank => Ranking is null ? null : (Ranking.RankOf(Result.Region)!.Value, Ranking.Entries.Count);
}
