using Karsa.Domain.Primitives;

namespace Karsa.Domain.Catalogue;

/// <summary>
/// An element of a dimension, either from the national reference catalogue (18 in all) or one a
/// region adds for itself (e.g. "Desa Cerdas" under Governance).
/// </summary>
public sealed record Element(ElementCode Code, Dimension Dimension, LocalizedText Name)
{
    /// <summary>True when the element is one of the 18 of the reference catalogue.</summary>
    public bool IsReference => ElementCatalogue.Reference.Any(e => e.Code == Code);
}
