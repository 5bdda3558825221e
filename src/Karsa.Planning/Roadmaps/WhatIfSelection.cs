using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Planning.Roadmaps;

/// <summary>
/// Which programmes get a "what it would take" re-solve (see <see cref="RoadmapEntry.WhatItTakes"/>):
/// none (the default), all that are out or late, or the given ones when they are out or late.
/// </summary>
public abstract record WhatIfSelection
{
    private WhatIfSelection()
    {
    }

    /// <summary>No what-ifs.</summary>
    public static WhatIfSelection None { get; } = new NoneSelection();

    /// <summary>Every programme that is out or starts after its earliest year (best-scored first, up to <see cref="PlannerOptions.MaxWhatIfs"/>).</summary>
    public static WhatIfSelection All { get; } = new AllSelection();

    /// <summary>The programmes <paramref name="codes"/>, those of them that are out or late.</summary>
    public static WhatIfSelection For(IEnumerable<ProgrammeCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return new ProgrammesSelection(codes.Distinct().ToValueList());
    }

    /// <summary>How many what-ifs may be asked for: null when it depends on the roadmap (<see cref="All"/>).</summary>
    internal int? MostRequested => this switch
    {
        NoneSelection => 0,
        ProgrammesSelection chosen => chosen.Codes.Count,
        _ => null,
    };

    /// <summary>True when the programme <paramref name="code"/> is asked for.</summary>
    internal bool Includes(string code) => this switch
    {
        AllSelection => true,
        ProgrammesSelection chosen => chosen.Codes.Any(c => c.Value == code),
        _ => false,
    };

    /// <summary>No what-ifs.</summary>
    public sealed record NoneSelection : WhatIfSelection;

    /// <summary>All that are out or late.</summary>
    public sealed record AllSelection : WhatIfSelection;

    /// <summary>The given programmes.</summary>
    /// <param name="Codes">Their codes.</param>
    public sealed record ProgrammesSelection(ValueList<ProgrammeCode> Codes) : WhatIfSelection;
}
