using System.Text.RegularExpressions;

namespace Karsa.Cli.Tests;

/// <summary>
/// Breaks a copy of the sample plan in three ways — one duplicate programme code, one dependency
/// cycle and one cost year outside the plan period — and says on which lines each error must be
/// reported. Works on the text, so the reader is tested on positions it has not seen.
/// </summary>
internal static partial class SampleBreaker
{
    public static (string Text, IReadOnlyList<(string Code, string LinePattern)> Expected) Break(string sample)
    {
        var lines = sample.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var programmes = lines.Select((line, index) => (Match: CodeLine().Match(line), index))
            .Where(x => x.Match.Success).Select(x => (Code: x.Match.Groups[1].Value, Line: x.index)).ToList();
        var referenced = string.Join("\n", lines.Where(l => l.Contains("dependsOn", StringComparison.Ordinal) || l.Contains("force", StringComparison.Ordinal)));
        bool HasDependencies(int start) => BlockOf(lines, start).Any(l => l.TrimStart().StartsWith("dependsOn:", StringComparison.Ordinal));

        // 1. A duplicate: an unreferenced programme takes the code of the one before it.
        var duplicateIndex = programmes.FindIndex(p => p.Line > programmes[0].Line && !referenced.Contains(p.Code, StringComparison.Ordinal));
        var duplicate = programmes[duplicateIndex];
        lines[duplicate.Line] = lines[duplicate.Line].Replace(duplicate.Code, programmes[duplicateIndex - 1].Code, StringComparison.Ordinal);

        // 2. A cycle between two other programmes with no dependencies of their own.
        var pair = programmes.Where(p => p.Line != duplicate.Line && p.Line != programmes[duplicateIndex - 1].Line && !HasDependencies(p.Line))
            .Take(2).ToList();

        // 3. A cost year far outside the plan period, in a third programme.
        var costed = programmes.First(p => p.Line != duplicate.Line && !pair.Contains(p) && BlockOf(lines, p.Line).Any(l => CostYear().IsMatch(l)));
        var costLine = costed.Line + 1 + BlockOf(lines, costed.Line).FindIndex(l => CostYear().IsMatch(l));
        lines[costLine] = CostYear().Replace(lines[costLine], "${indent}2045:");
        var costMarker = lines[costLine];

        // Insert the cycle last (bottom-up) so earlier line numbers stay valid.
        var inserted = new List<string>();
        foreach (var (programme, other) in new[] { (pair[1], pair[0]), (pair[0], pair[1]) })
        {
            var line = $"    dependsOn: [{other.Code}]  # cycle";
            lines.Insert(programme.Line + 1, line);
            inserted.Add(line);
        }

        int LineOf(string text) => lines.IndexOf(text) + 1;
        var cycleLines = string.Join("|", lines.Select((l, i) => (l, i)).Where(x => x.l.EndsWith("# cycle", StringComparison.Ordinal)).Select(x => x.i + 1));
        return (string.Join("\n", lines), [
            ("KRS030", (duplicate.Line + 1 + (pair.Max(p => p.Line) < duplicate.Line ? 2 : pair.Min(p => p.Line) < duplicate.Line ? 1 : 0)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("KRS032", $"(?:{cycleLines})"),
            ("KRS034", LineOf(costMarker).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
    }

    private static List<string> BlockOf(List<string> lines, int start) =>
        lines.Skip(start + 1).TakeWhile(l => !CodeLine().IsMatch(l) && (l.StartsWith("    ", StringComparison.Ordinal) || l.Length == 0)).ToList();

    [GeneratedRegex(@"^  - code: ([A-Za-z0-9._-]+)\s*$")]
    private static partial Regex CodeLine();

    [GeneratedRegex(@"^(?<indent>\s{6})20\d\d:")]
    private static partial Regex CostYear();
}
