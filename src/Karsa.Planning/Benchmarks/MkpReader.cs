using System.Globalization;
using Karsa.Domain.Diagnostics;

namespace Karsa.Planning.Benchmarks;

/// <summary>
/// Reads multidimensional knapsack files in OR-Library layout (mknapcb*): the number of instances K,
/// then per instance <c>n m optimum</c>, n profits, m rows of n weights and m capacities, all
/// whitespace separated. Malformed input raises a <see cref="DomainException"/> (KRS001) at the line
/// and column of the offending token.
/// </summary>
public static class MkpReader
{
    private const int MaxItems = 100_000;
    private const int MaxConstraints = 1_000;
    private const int MaxInstances = 10_000;

    /// <summary>Reads every instance of <paramref name="text"/>; <paramref name="file"/> names it in errors.</summary>
    public static IReadOnlyList<MkpInstance> Read(string text, string file = "mkp")
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new Tokens(text, file);
        var count = (int)tokens.Number("the number of instances", 1, MaxInstances);
        var instances = new List<MkpInstance>(count);
        for (var k = 0; k < count; k++)
        {
            var n = (int)tokens.Number($"instance {k}: the number of items", 1, MaxItems);
            var m = (int)tokens.Number($"instance {k}: the number of constraints", 1, MaxConstraints);
            tokens.Number($"instance {k}: the optimum (0 when unknown)", 0, long.MaxValue);
            var profits = Enumerable.Range(0, n).Select(j => tokens.Number($"instance {k}: profit of item {j}", 0, long.MaxValue / MaxItems)).ToArray();
            var weights = Enumerable.Range(0, m).Select(i => Enumerable.Range(0, n)
                .Select(j => tokens.Number($"instance {k}: weight of item {j} in constraint {i}", 0, long.MaxValue / MaxItems)).ToArray()).ToArray();
            var capacities = Enumerable.Range(0, m).Select(i => tokens.Number($"instance {k}: capacity of constraint {i}", 0, long.MaxValue / 2)).ToArray();
            instances.Add(new MkpInstance(profits, weights, capacities));
        }

        tokens.End();
        return instances;
    }

    /// <summary>Reads a file (see <see cref="Read(string, string)"/>).</summary>
    public static IReadOnlyList<MkpInstance> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(File.ReadAllText(path), path);
    }

    private sealed class Tokens(string text, string file)
    {
        private int _position;
        private int _line = 1;
        private int _column = 1;

        public long Number(string what, long min, long max)
        {
            SkipSpace();
            if (_position >= text.Length)
            {
                throw Error($"the file ends where {what} was expected", _line, _column);
            }

            var (line, column, start) = (_line, _column, _position);
            while (_position < text.Length && !char.IsWhiteSpace(text[_position]))
            {
                _position++;
                _column++;
            }

            var token = text[start.._position];
            if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                // OR-Library files sometimes write whole numbers with a trailing ".0" or in exponent form.
                if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) || real != Math.Floor(real) || Math.Abs(real) > 9e15)
                {
                    throw Error($"'{token}' is not a whole number ({what})", line, column);
                }

                value = (long)real;
            }

            return value < min || value > max
                ? throw Error($"{what} is {value}, expected {min}..{max}", line, column)
                : value;
        }

        public void End()
        {
            SkipSpace();
            if (_position < text.Length)
            {
                throw Error("unexpected data after the last instance", _line, _column);
            }
        }

        private void SkipSpace()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                if (text[_position] == '\n')
                {
                    _line++;
                    _column = 1;
                }
                else
                {
                    _column++;
                }

                _position++;
            }
        }

        private DomainException Error(string detail, int line, int column) =>
            new(Problems.MalformedFile(detail) with { Location = new SourceLocation(file, line, column) });
    }
}
