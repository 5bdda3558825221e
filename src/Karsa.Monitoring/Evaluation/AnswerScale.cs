using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation;

/// <summary>
/// The answer scale of a cycle: scores from <see cref="Minimum"/> to <see cref="Maximum"/> with at
/// most <see cref="Decimals"/> decimals. The ministry does not publish its scale, so each cycle sets it.
/// Invariants: minimum below maximum, both on the scale's decimals; 0..<see cref="MaxDecimals"/> decimals.
/// </summary>
public sealed record AnswerScale
{
    /// <summary>The most decimals a scale may allow.</summary>
    public const int MaxDecimals = 4;

    /// <summary>Creates a scale, refusing bounds that do not make one (paths <c>minimum</c>, <c>maximum</c>, <c>decimals</c>).</summary>
    public AnswerScale(decimal minimum, decimal maximum, int decimals)
    {
        if (decimals is < 0 or > MaxDecimals)
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("desimal skala", "scale decimals"),
                Refusal.Text(decimals), $"0..{MaxDecimals}").Under("decimals"));
        }

        List<Diagnostic> problems = [];
        if (Math.Round(minimum, decimals) != minimum)
        {
            problems.Add(Problems.OutOfRange(new LocalizedText("nilai minimum skala", "scale minimum"), Refusal.Text(minimum),
                new LocalizedText($"bilangan dengan paling banyak {decimals} desimal", $"a number with at most {decimals} decimals")).Under("minimum"));
        }

        if (maximum <= minimum || Math.Round(maximum, decimals) != maximum)
        {
            problems.Add(Problems.OutOfRange(new LocalizedText("nilai maksimum skala", "scale maximum"), Refusal.Text(maximum),
                new LocalizedText($"> {Refusal.Text(minimum)}, paling banyak {decimals} desimal", $"> {Refusal.Text(minimum)}, at most {decimals} decimals")).Under("maximum"));
        }

        Refusal.ThrowIfAny(problems);
        (Minimum, Maximum, Decimals) = (minimum, maximum, decimals);
    }

    /// <summary>The lowest score.</summary>
    public decimal Minimum { get; }

    /// <summary>The highest score.</summary>
    public decimal Maximum { get; }

    /// <summary>How many decimals a score may have.</summary>
    public int Decimals { get; }

    /// <summary>True when <paramref name="score"/> lies within the bounds and has no more decimals than allowed.</summary>
    public bool Holds(decimal score) => score >= Minimum && score <= Maximum && Math.Round(score, Decimals) == score;

    /// <summary>KRS133 at <paramref name="path"/> when <paramref name="score"/> is not on the scale; null when it is.</summary>
    public Diagnostic? Problem(decimal score, string path) => Holds(score)
        ? null
        : Problems.ScoreOffScale(Refusal.Text(score), Refusal.Text(Minimum), Refusal.Text(Maximum), Decimals).Under(path);

    /// <summary>
    /// The one rule that turns a share of 0..1 taken from Karsa's data into a score:
    /// <c>minimum + share x (maximum - minimum)</c>, rounded half away from zero to the scale's
    /// decimals, so 0 gives the minimum and 1 the maximum. A share outside 0..1 is refused (KRS016 at <c>share</c>).
    /// </summary>
    public decimal FromShare(decimal share)
    {
        if (share is < 0m or > 1m)
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("proporsi", "share"), Refusal.Text(share), "0..1").Under("share"));
        }

        return Math.Round(Minimum + (share * (Maximum - Minimum)), Decimals, MidpointRounding.AwayFromZero);
    }
}
