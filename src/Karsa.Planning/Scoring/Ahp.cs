using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Planning.Scoring;

/// <summary>
/// The analytic hierarchy process: weights from pairwise judgements as the principal eigenvector of
/// the comparison matrix (power iteration), with the consistency index and ratio. Missing pairs are
/// handled by Harker's method (a missing entry is 0 and adds 1 to its row's diagonal), which keeps
/// the eigenvector well defined as long as the judgements connect all criteria.
/// </summary>
public static class Ahp
{
    // Saaty's random consistency index for n = 0..15.
    private static readonly double[] RandomIndex = [0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

    /// <summary>
    /// Derives weights for <paramref name="criteria"/> from <paramref name="comparisons"/>. Throws a
    /// <see cref="DomainException"/> when a judgement names an unknown criterion or the judgements
    /// leave some criteria unconnected to the others.
    /// </summary>
    public static AhpResult Derive(IReadOnlyList<CriterionCode> criteria, IEnumerable<PairwiseComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(comparisons);
        var n = criteria.Count;
        var index = criteria.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var matrix = new double[n, n];
        var known = new bool[n, n];
        foreach (var comparison in comparisons)
        {
            if (!index.TryGetValue(comparison.More, out var i) || !index.TryGetValue(comparison.Less, out var j))
            {
                throw new DomainException(Problems.UnknownCriterion(index.ContainsKey(comparison.More) ? comparison.Less.Value : comparison.More.Value));
            }

            matrix[i, j] = (double)comparison.Ratio;
            matrix[j, i] = 1 / (double)comparison.Ratio;
            known[i, j] = known[j, i] = true;
        }

        var missing = new List<(CriterionCode, CriterionCode)>();
        for (var i = 0; i < n; i++)
        {
            matrix[i, i] = 1;
            for (var j = 0; j < n; j++)
            {
                if (i != j && !known[i, j])
                {
                    matrix[i, i] += 1;
                    if (i < j)
                    {
                        missing.Add((criteria[i], criteria[j]));
                    }
                }
            }
        }

        if (!Connected(known, n))
        {
            throw new DomainException(Problems.OutOfRange(
                new LocalizedText("jumlah kriteria yang dibandingkan", "criteria compared"), $"{n - missing.Count}",
                new LocalizedText("perbandingan yang menghubungkan setiap kriteria", "judgements that connect every criterion")));
        }

        var (weights, lambda) = PrincipalEigenvector(matrix, n);
        var ci = n > 1 ? Math.Max(0, (lambda - n) / (n - 1)) : 0;
        var ri = n < RandomIndex.Length ? RandomIndex[n] : RandomIndex[^1];
        var cr = ri > 0 ? ci / ri : 0;
        var byCode = criteria.Select((c, i) => (c, w: weights[i])).ToDictionary(x => x.c, x => x.w);
        return new AhpResult(byCode, lambda, ci, cr, missing);
    }

    private static (double[] Vector, double Lambda) PrincipalEigenvector(double[,] matrix, int n)
    {
        var vector = Enumerable.Repeat(1.0 / Math.Max(n, 1), n).ToArray();
        var lambda = (double)n;
        for (var iteration = 0; iteration < 10_000; iteration++)
        {
            var next = new double[n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    next[i] += matrix[i, j] * vector[j];
                }
            }

            var sum = next.Sum();
            lambda = sum; // vector sums to 1, so the sum of A*v is the Rayleigh-like estimate of lambda_max
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                next[i] /= sum;
                change = Math.Max(change, Math.Abs(next[i] - vector[i]));
            }

            vector = next;
            if (change < 1e-13)
            {
                break;
            }
        }

        return (vector, lambda);
    }

    private static bool Connected(bool[,] known, int n)
    {
        if (n <= 1)
        {
            return true;
        }

        var seen = new bool[n];
        var stack = new Stack<int>([0]);
        seen[0] = true;
        while (stack.Count > 0)
        {
            var i = stack.Pop();
            for (var j = 0; j < n; j++)
            {
                if (known[i, j] && !seen[j])
                {
                    seen[j] = true;
                    stack.Push(j);
                }
            }
        }

        return seen.All(s => s);
    }
}
