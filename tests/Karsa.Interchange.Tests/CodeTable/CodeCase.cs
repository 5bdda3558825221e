using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;

namespace Karsa.Interchange.Tests.CodeTable;

/// <summary>What a case produced: every diagnostic, and where in the file the expected one must sit (file cases only).</summary>
internal sealed record Fired(IReadOnlyList<Diagnostic> Diagnostics, SourceLocation? ExpectedAt);

/// <summary>
/// One way to make diagnostic <see cref="Code"/> fire: from a baseline that does not produce it, a
/// minimal change that does, at model path <see cref="Path"/>.
/// </summary>
internal abstract record CodeCase(string Code, string What, string Path)
{
    /// <summary>The name the test runner shows.</summary>
    public string Name => $"{Code} {What}";

    /// <summary>The diagnostics of the unchanged baseline.</summary>
    public abstract IReadOnlyList<Diagnostic> Baseline();

    /// <summary>The diagnostics after the change.</summary>
    public abstract Fired Fire();

    /// <summary>The problems <paramref name="run"/> reports, or those of the <see cref="DomainException"/> it throws.</summary>
    protected static IReadOnlyList<Diagnostic> Caught(Func<IReadOnlyList<Diagnostic>> run)
    {
        try
        {
            return run();
        }
        catch (DomainException refused)
        {
            return refused.Problems;
        }
    }
}

/// <summary>
/// A case on the plan file: <see cref="Edit"/> changes <see cref="QuietPlan.Yaml"/> and marks with
/// <see cref="Marker"/> the line and column where the diagnostic must be placed; the marker is
/// removed before reading.
/// </summary>
internal sealed record FileCase(string Code, string What, Func<string, string> Edit, string Path) : CodeCase(Code, What, Path)
{
    /// <summary>Marks the expected position in an edited file.</summary>
    public const char Marker = '»';

    /// <inheritdoc />
    public override IReadOnlyList<Diagnostic> Baseline() => Reading.Yaml(QuietPlan.Yaml).Diagnostics;

    /// <inheritdoc />
    public override Fired Fire()
    {
        var marked = Edit(QuietPlan.Yaml);
        var at = marked.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0 || marked.IndexOf(Marker, at + 1) >= 0)
        {
            throw new InvalidOperationException($"case {Name}: the edited file must hold exactly one '{Marker}'");
        }

        var line = 1 + marked.Take(at).Count(c => c == '\n');
        var column = at - marked.LastIndexOf('\n', Math.Max(at - 1, 0));
        return new Fired(Reading.Yaml(marked.Remove(at, 1)).Diagnostics, new SourceLocation("plan.yaml", line, column));
    }
}

/// <summary>A case on the model: <see cref="Edit"/> changes <see cref="QuietPlan.Content"/>, then the rules check it.</summary>
internal sealed record ModelCase(string Code, string What, Func<MasterplanContent, MasterplanContent> Edit, string Path) : CodeCase(Code, What, Path)
{
    /// <inheritdoc />
    public override IReadOnlyList<Diagnostic> Baseline() => MasterplanRules.Check(QuietPlan.Content);

    /// <inheritdoc />
    public override Fired Fire() => new(Caught(() => MasterplanRules.Check(Edit(QuietPlan.Content))), null);
}

/// <summary>Any other source of a diagnostic (an edit of a published plan, a use case): both runs are given.</summary>
internal sealed record CustomCase(string Code, string What, Func<IReadOnlyList<Diagnostic>> Before, Func<IReadOnlyList<Diagnostic>> After, string Path)
    : CodeCase(Code, What, Path)
{
    /// <inheritdoc />
    public override IReadOnlyList<Diagnostic> Baseline() => Caught(Before);

    /// <inheritdoc />
    public override Fired Fire() => new(Caught(After), null);
}
