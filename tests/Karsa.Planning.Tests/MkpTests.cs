using Karsa.Domain.Diagnostics;
using Karsa.Planning.Benchmarks;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Tests;

public class MkpTests
{
    private const string Small = """
         2
         4 2 0
         10 7 5 3
         4 3 2 1
         1 4 2 3
         6 6
         3 1 0
         5 4 3
         2 2 2
         4
        """;

    [Fact]
    public void Reads_instances_in_or_library_layout()
    {
        var instances = MkpReader.Read(Small);

        Assert.Equal(2, instances.Count);
        Assert.Equal([10L, 7, 5, 3], instances[0].Profits);
        Assert.Equal([1L, 4, 2, 3], instances[0].Weights[1]);
        Assert.Equal([6L, 6], instances[0].Capacities);
        Assert.Equal(1, instances[1].Constraints);
    }

    [Theory]
    [InlineData("1\n2 1 0\n5 x\n1 1\n3\n", 3, 3, "'x' is not a whole number")]
    [InlineData("1\n2 1 0\n5 4\n1 1\n", 5, 1, "the file ends")]
    [InlineData("1\n1 1 0\n5\n1\n3\n7\n", 6, 1, "unexpected data")]
    [InlineData("1\n0 1 0\n", 2, 1, "expected 1..")]
    public void Malformed_files_give_line_and_column(string text, int line, int column, string detail)
    {
        var error = Assert.Throws<DomainException>(() => MkpReader.Read(text, "bad.txt"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(new SourceLocation("bad.txt", line, column), problem.Location);
        Assert.Contains(detail, problem.Message.In(Karsa.Domain.Primitives.Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Solves_through_the_planner_to_the_brute_force_optimum()
    {
        var instances = MkpReader.Read(Small);
        var settings = new SolverSettings { TimeLimit = TimeSpan.FromSeconds(5), Workers = 2 };

        for (var k = 0; k < instances.Count; k++)
        {
            var instance = instances[k];
            var best = Enumerable.Range(0, 1 << instance.Items)
                .Select(mask => Enumerable.Range(0, instance.Items).Select(j => (mask >> j & 1) == 1).ToArray())
                .Where(instance.IsFeasible).Max(instance.Profit);

            var row = MkpBenchmark.Solve(instance, k, settings);

            Assert.Equal(best, row.Value);
            Assert.Equal(best, row.Bound);
            Assert.True(row.Optimal);
            Assert.StartsWith($"{k},{best},{best},", row.ToCsv(), StringComparison.Ordinal);
        }
    }
}
