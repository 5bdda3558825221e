using Karsa.Domain.Primitives;

namespace Karsa.Domain.Diagnostics;

/// <summary>How serious a problem is: errors stop an import, warnings are shown and let it pass.</summary>
public enum Severity
{
    /// <summary>Shown, does not fail.</summary>
    Warning,

    /// <summary>Fails validation; nothing is written.</summary>
    Error,
}

/// <summary>A place in a source file: 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>
/// One problem found in a masterplan: a stable code (KRS###), a message and a hint in both
/// languages, the model path it concerns (e.g. <c>programmes[3].costs[0].year</c>) and, once an
/// interchange reader has mapped the path, the file position.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, LocalizedText Message, LocalizedText? Hint, string Path)
{
    /// <summary>The file position, when the problem came from a file.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>This problem, placed at <paramref name="path"/> (kept when already set).</summary>
    public Diagnostic Under(string path) => Path.Length == 0 ? this with { Path = path } : this;

    /// <summary>
    /// This problem, its path taken as relative (as a part's constructor gives it, e.g. <c>duration</c>)
    /// and placed under <paramref name="parent"/> (e.g. <c>programmes[3]</c> gives
    /// <c>programmes[3].duration</c>); a problem without a path lands at <paramref name="parent"/> itself.
    /// </summary>
    public Diagnostic Within(string parent) => this with
    {
        Path = Path.Length == 0 ? parent
            : parent.Length == 0 ? Path
            : Path[0] == '[' ? parent + Path
            : $"{parent}.{Path}",
    };

    /// <summary>
    /// One line in compiler form: <c>FILE:LINE:COLUMN: error KRS030: message (hint)</c>.
    /// </summary>
    public string Format(Language language)
    {
        var where = Location?.ToString() ?? (Path.Length > 0 ? Path : "plan");
        var kind = Severity == Severity.Error ? "error" : "warning";
        var hint = Hint is null ? string.Empty : " — " + Hint.In(language);
        return $"{where}: {kind} {Code}: {Message.In(language)}{hint}";
    }
}

/// <summary>Thrown when a model value would break an invariant; carries the problem as data.</summary>
public sealed class DomainException : Exception
{
    /// <summary>Wraps a single problem.</summary>
    public DomainException(Diagnostic problem)
        : base(problem.Format(Language.English)) => Problems = [problem];

    /// <summary>Wraps several problems (e.g. every rule a whole masterplan breaks).</summary>
    public DomainException(IReadOnlyList<Diagnostic> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.Format(Language.English)))) => Problems = problems;

    /// <summary>The problems, at least one.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Not used; present for serializer conventions.</summary>
    public DomainException()
        : this(Diagnostics.Problems.EmptyText())
    {
    }

    /// <summary>Not used; present for serializer conventions.</summary>
    public DomainException(string message)
        : base(message) => Problems = [];

    /// <summary>Not used; present for serializer conventions.</summary>
    public DomainException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];
}
