using System.Text.RegularExpressions;

namespace Karsa.Cli.Tests;

/// <summary>The benchmark files the README and docs/benchmarks.md name are in the repository, with their best-known values.</summary>
public sealed partial class DocumentedPathsTests
{
    [Fact]
    public void Every_benchmark_file_the_docs_name_exists_in_the_clone_with_best_known_values_for_each_instance()
    {
        var root = CliRunner.RepositoryRoot;
        var named = new[] { "README.md", "docs/benchmarks.md" }
            .SelectMany(doc => BenchmarkPath().Matches(File.ReadAllText(Path.Combine(root, doc))).Select(m => m.Value))
            .Distinct(StringComparer.Ordinal).ToList();
        var bestKnown = File.ReadAllLines(Path.Combine(root, "bench", "data", "mkp", "best-known.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        Assert.Contains("bench/data/mkp/mknapcb4.txt", named);
        foreach (var path in named)
        {
            var file = Path.Combine(root, path);
            Assert.True(File.Exists(file), $"{path} is named in the docs but missing");
            var instances = int.Parse(File.ReadLines(file).First().Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(instances, bestKnown.Count(row => row[0] == Path.GetFileName(path)));
        }
    }

    [Fact]
    public async Task The_readme_benchmark_command_runs_on_the_shipped_file()
    {
        var file = Path.Combine(CliRunner.RepositoryRoot, "bench", "data", "mkp", "mknapcb1.txt");
        using var folder = new TempFolder();
        var firstInstance = folder.File("one.txt");
        var numbers = (await File.ReadAllTextAsync(file)).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        // One instance: n m 0, n profits, m x n weights, m capacities.
        var (n, m) = (int.Parse(numbers[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(numbers[2], System.Globalization.CultureInfo.InvariantCulture));
        await File.WriteAllTextAsync(firstInstance, "1\n" + string.Join(' ', numbers.Skip(1).Take(3 + n + (m * n) + m)));

        var (exit, output, error) = await CliRunner.RunAsync("bench", "mkp", firstInstance, "--time-limit", "1");

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.StartsWith("0,", output.Split('\n')[1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"bench/data/mkp/[\w.-]+\.txt")]
    private static partial Regex BenchmarkPath();
}
