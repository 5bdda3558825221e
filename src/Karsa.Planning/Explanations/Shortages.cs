namespace Karsa.Planning.Explanations;

/// <summary>A full source-year at one start: what others use, the ceiling, and what the programme needs there.</summary>
/// <param name="Source">The source index.</param>
/// <param name="Year">The year index.</param>
/// <param name="Used">What the other programmes spend.</param>
/// <param name="Ceiling">The ceiling.</param>
/// <param name="Need">What the programme needs from the source that year.</param>
internal readonly record struct BudgetShortage(int Source, int Year, long Used, long Ceiling, long Need)
{
    /// <summary>By how much the ceiling is exceeded.</summary>
    public long Over => Used + Need - Ceiling;
}

/// <summary>A full agency-year at one start: the agency already runs as many programmes as it can.</summary>
/// <param name="Agency">The agency index.</param>
/// <param name="Year">The year index.</param>
/// <param name="Running">Programmes it runs that year without this one.</param>
/// <param name="Capacity">Its capacity.</param>
internal readonly record struct AgencyShortage(int Agency, int Year, int Running, int Capacity);
