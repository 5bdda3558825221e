using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Planning.Benchmarks;
using Karsa.Planning.Solving;

namespace Karsa.Application.Benchmarks;

/// <summary>
/// Use case: solve every instance of an OR-Library multidimensional knapsack file through the same
/// optimizer path as the roadmap (<c>karsa bench mkp</c>), each solution checked against its instance.
/// Each row is handed on as soon as its instance is solved.
/// </summary>
public static class RunMkpBenchmark
{
    /// <summary>Solves the instances of <paramref name="path"/>, <paramref name="seconds"/> each, calling <paramref name="solved"/> with each row in order.</summary>
    public static UseCaseResult<IReadOnlyList<MkpRow>> Run(string path, double seconds, Action<MkpRow, int, int> solved, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(solved);
        IReadOnlyList<MkpInstance> instances;
        try
        {
            instances = MkpReader.ReadFile(path);
        }
        catch (DomainException problem)
        {
            return Failures.From(problem);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            return Failures.FromFile(problem);
        }

        var settings = new SolverSettings { TimeLimit = TimeSpan.FromSeconds(seconds), Deterministic = false };
        var rows = new List<MkpRow>(instances.Count);
        for (var i = 0; i < instances.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(MkpBenchmark.Solve(instances[i], i, settings));
            solved(rows[^1], i + 1, instances.Count);
        }

        return rows.Count > 0
            ? UseCaseResult.Success<IReadOnlyList<MkpRow>>(rows)
            : UseCaseError.Of(FailureKind.InvalidInput, new LocalizedText($"{path} tidak memuat instans", $"{path} holds no instance"));
    }
}
