namespace Karsa.Interchange.Spreadsheets.Reading;

/// <summary>Collects problems in the order found, up to a limit.</summary>
internal sealed class ProblemSink(int limit)
{
    private readonly List<SheetProblem> _problems = [];

    /// <summary>The problems kept.</summary>
    public IReadOnlyList<SheetProblem> Problems => _problems;

    /// <summary>True once the limit is reached; readers stop then.</summary>
    public bool IsFull => _problems.Count >= limit;

    /// <summary>True when nothing was reported.</summary>
    public bool IsEmpty => _problems.Count == 0;

    /// <summary>Keeps <paramref name="problem"/> unless the limit is reached.</summary>
    public void Add(SheetProblem problem)
    {
        if (!IsFull)
        {
            _problems.Add(problem);
        }
    }
}
