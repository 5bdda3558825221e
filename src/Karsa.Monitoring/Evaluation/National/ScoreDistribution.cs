using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation.National;

/// <summary>How many regions' overall index falls in a band.</summary>
/// <param name="Band">The band.</param>
/// <param name="Count">Regions in it.</param>
public sealed record BandCount(ScoreBand Band, int Count);

/// <summary>
/// The distribution of the overall index over a ranking's regions: a count per band and the quartiles
/// (null for no region). A value outside every band is counted in none.
/// </summary>
/// <param name="Bands">The count of each band, in the bands' order.</param>
/// <param name="Quartiles">The five-number summary, or null.</param>
public sealed record ScoreDistribution(ValueList<BandCount> Bands, Quartiles? Quartiles)
{
    /// <summary>
    /// The distribution of <paramref name="ranking"/> over <paramref name="bands"/>, which must ascend
    /// without overlap (KRS016 at <c>bands[i].from</c>).
    /// </summary>
    public static ScoreDistribution Of(NationalRanking ranking, ValueList<ScoreBand> bands)
    {
        for (var i = 1; i < bands.Count; i++)
        {
            if (bands[i].From < bands[i - 1].To)
            {
                throw new DomainException(Problems.OutOfRange(new LocalizedText("batas bawah pita", "band lower bound"),
                    Refusal.Text(bands[i].From), $">= {Refusal.Text(bands[i - 1].To)}").Under($"bands[{i}].from"));
            }
        }

        var values = ranking.Entries.Select(e => e.Result.Index.Overall).ToList();
        bool InBand(int i, decimal value) => value >= bands[i].From && (value < bands[i].To || (i == bands.Count - 1 && value == bands[i].To));
        return new ScoreDistribution(
            [.. bands.Select((band, i) => new BandCount(band, values.Count(v => InBand(i, v))))],
            Quartiles.Of(values));
    }
}
