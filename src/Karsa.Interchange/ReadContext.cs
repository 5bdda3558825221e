using Karsa.Domain.Diagnostics;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange;

/// <summary>
/// The state of one read: every diagnostic found so far, and the file position of every model path
/// seen while mapping (so that problems found later, by path, can be placed in the file).
/// </summary>
internal sealed class ReadContext(string file)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, TextPosition> _positions = new(StringComparer.Ordinal);

    /// <summary>The file name used in locations.</summary>
    public string File { get; } = file;

    /// <summary>Everything reported, in order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>True once an error was reported.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Reports <paramref name="problem"/> at <paramref name="path"/> (unless it has one) and file position <paramref name="at"/>.</summary>
    public void Report(Diagnostic problem, string path, TextPosition at)
    {
        _diagnostics.Add(problem.Under(path) with { Location = new SourceLocation(File, at.Line, at.Column) });
        HasErrors |= problem.Severity == Severity.Error;
    }

    /// <summary>Reports a problem that carries a model path, placed at that path's position.</summary>
    public void ReportAtPath(Diagnostic problem) => Report(problem, problem.Path, Locate(problem.Path));

    /// <summary>Records where the node at <paramref name="path"/> is (the first record wins).</summary>
    public void Mark(string path, TextPosition at) => _positions.TryAdd(path, at);

    /// <summary>The recorded position of exactly <paramref name="path"/>, if any.</summary>
    public TextPosition? PositionOf(string path) => _positions.TryGetValue(path, out var at) ? at : null;

    /// <summary>
    /// The position of <paramref name="path"/>, or of its nearest recorded ancestor (dropping
    /// <c>.field</c> and <c>[i]</c> parts from the end), or the start of the file.
    /// </summary>
    public TextPosition Locate(string path)
    {
        var current = path;
        while (current.Length > 0)
        {
            if (_positions.TryGetValue(current, out var at))
            {
                return at;
            }

            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            current = cut < 0 ? string.Empty : current[..cut];
        }

        return TextPosition.Start;
    }

    /// <summary>
    /// Runs a domain constructor; when it refuses the value, reports each of its problems at the field
    /// the constructor names (its relative path placed under <paramref name="path"/>), at that field's
    /// position when it was seen, else at <paramref name="at"/>. Returns false on refusal.
    /// </summary>
    public bool TryBuild<T>(Func<T> make, string path, TextPosition at, out T value)
    {
        try
        {
            value = make();
            return true;
        }
        catch (DomainException refused)
        {
            foreach (var problem in refused.Problems)
            {
                var placed = problem.Within(path);
                Report(placed, placed.Path, (problem.Path.Length == 0 ? null : PositionOf(placed.Path)) ?? at);
            }

            value = default!;
            return false;
        }
    }
}
