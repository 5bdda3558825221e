using System.Globalization;
using Karsa.Planning.Solving;

namespace Karsa.Bench;

/// <summary>Tiny argument parser: a command, positional values and --name value options.</summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];

    public BenchArguments(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var takesValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                _options[args[i][2..]] = takesValue ? args[++i] : "true";
            }
            else
            {
                _positional.Add(args[i]);
            }
        }
    }

    public string Command => _positional.Count > 0 ? _positional[0] : string.Empty;

    public string? Positional(int index) => index < _positional.Count ? _positional[index] : null;

    public bool Flag(string name) => _options.ContainsKey(name);

    public string? Text(string name) => _options.GetValueOrDefault(name);

    public double Number(string name, double fallback) =>
        _options.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    /// <summary>
    /// Solver settings from --seconds, --workers, --params and the search mode: the deterministic
    /// interleaved search when <paramref name="deterministic"/>, else the full parallel portfolio.
    /// </summary>
    public SolverSettings Solver(double seconds, bool deterministic, int seed = 0) => new()
    {
        TimeLimit = TimeSpan.FromSeconds(seconds),
        Seed = seed,
        Workers = (int)Number("workers", Environment.ProcessorCount),
        Deterministic = deterministic,
        ExtraParameters = Text("params"),
    };

    public IReadOnlyList<double> Numbers(string name, IReadOnlyList<double> fallback) =>
        _options.TryGetValue(name, out var text)
            ? [.. text.Split(',').Select(t => double.Parse(t, CultureInfo.InvariantCulture))]
            : fallback;
}
