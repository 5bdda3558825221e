using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation.National;

/// <summary>
/// A band of index values, <see cref="From"/> included and <see cref="To"/> excluded (the last band
/// of a distribution includes its upper bound too). Invariant: From below To (KRS016 at <c>to</c>).
/// </summary>
public sealed record ScoreBand
{
    /// <summary>Creates a band.</summary>
    public ScoreBand(decimal from, decimal to)
    {
        if (to <= from)
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("batas atas pita", "band upper bound"), Refusal.Text(to), $"> {Refusal.Text(from)}").Under("to"));
        }

        (From, To) = (from, to);
    }

    /// <summary>Lowest value in the band.</summary>
    public decimal From { get; }

    /// <summary>First value above the band (included in the last band).</summary>
    public decimal To { get; }

    /// <summary>
    /// <paramref name="count"/> bands of equal width covering <paramref name="scale"/>, e.g. 1-5 in four
    /// bands: [1, 2), [2, 3), [3, 4), [4, 5]. Needs 1 or more bands (KRS016 at <c>count</c>).
    /// </summary>
    public static ValueList<ScoreBand> EqualWidth(Evaluation.AnswerScale scale, int count)
    {
        if (count < 1)
        {
            throw new DomainException(Refusal.NotPositive(new LocalizedText("jumlah pita", "band count"), count, "count"));
        }

        var width = (scale.Maximum - scale.Minimum) / count;
        return [.. Enumerable.Range(0, count).Select(i => new ScoreBand(
            scale.Minimum + (i * width), i == count - 1 ? scale.Maximum : scale.Minimum + ((i + 1) * width)))];
    }
}
