using Karsa.Domain.Diagnostics;

namespace Karsa.Interchange.Indicators;

/// <summary>
/// The problems found in one observations file, each placed at file:line:column: the first
/// <see cref="ObservationsCsv.MaxListedErrors"/> are kept, the rest only counted (KRS127 says how many).
/// </summary>
internal sealed class ObservationsCsvErrors(string fileName, int maxListed)
{
    private readonly List<Diagnostic> _listed = [];
    private long _more;

    /// <summary>True once any problem was found.</summary>
    public bool Any => _listed.Count > 0;

    /// <summary>Records <paramref name="problem"/> at <paramref name="line"/>:<paramref name="column"/>.</summary>
    public void Add(Diagnostic problem, long line, int column)
    {
        if (_listed.Count < maxListed)
        {
            _listed.Add(problem with { Location = new SourceLocation(fileName, (int)Math.Min(line, int.MaxValue), column) });
        }
        else
        {
            _more++;
        }
    }

    /// <summary>The listed problems, and KRS127 when some were only counted.</summary>
    public IReadOnlyList<Diagnostic> All() => _more == 0 ? [.. _listed] : [.. _listed, Problems.MoreErrors(_listed.Count, _more)];
}
