using Karsa.Application.Evaluation;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.National;

namespace Karsa.Web.Api;

/// <summary>
/// The ranking API's answer: the cycle, the distribution of the whole filtered ranking, the filters on
/// offer and one page of the ranking's lines (the whole list of 514 regions is about 1 MB of JSON; the
/// CSV and XLSX downloads have it whole).
/// </summary>
/// <param name="Cycle">The cycle's id.</param>
/// <param name="Year">Its fiscal year.</param>
/// <param name="Title">Its title.</param>
/// <param name="PreviousYear">The year the changes compare with, if an earlier published cycle exists.</param>
/// <param name="Distribution">Counts per band and the quartiles of the whole filtered ranking.</param>
/// <param name="Provinces">Province codes of the ranked regions.</param>
/// <param name="Cohorts">Cohort years of the ranked regions.</param>
/// <param name="Lines">This page of the ranking, with the offset, limit and total.</param>
public sealed record RankingAnswer(long Cycle, int Year, LocalizedText Title, int? PreviousYear, ScoreDistribution Distribution, IReadOnlyList<string> Provinces,
    IReadOnlyList<int> Cohorts, Page<RankingLine> Lines)
{
    /// <summary>The page of <paramref name="view"/> from <paramref name="offset"/> with <paramref name="limit"/> lines (see <see cref="Paging"/>).</summary>
    public static RankingAnswer Of(NationalEvaluationView view, int? offset, int? limit)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new RankingAnswer(view.Cycle.Id, view.Cycle.Cycle.Year.Value, view.Cycle.Cycle.Title, view.PreviousYear?.Value, view.Distribution, view.Provinces,
            view.Cohorts, Paging.Of(view.Lines, offset, limit));
    }
}
