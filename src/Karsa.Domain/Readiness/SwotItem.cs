using Karsa.Domain.Catalogue;

namespace Karsa.Domain.Readiness;

/// <summary>The four SWOT quadrants: internal strengths and weaknesses, external opportunities and threats.</summary>
public enum SwotKind
{
    /// <summary>Kekuatan.</summary>
    Strength,

    /// <summary>Kelemahan.</summary>
    Weakness,

    /// <summary>Peluang.</summary>
    Opportunity,

    /// <summary>Ancaman.</summary>
    Threat,
}

/// <summary>One SWOT item, optionally tied to a dimension.</summary>
public sealed record SwotItem
{
    /// <summary>Creates an item; the text must not be empty.</summary>
    public SwotItem(SwotKind kind, string text, Dimension? dimension = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.EmptyText().Under("text"));
        }

        (Kind, Text, Dimension) = (kind, text, dimension);
    }

    /// <summary>The quadrant.</summary>
    public SwotKind Kind { get; }

    /// <summary>What the item says.</summary>
    public string Text { get; }

    /// <summary>The dimension it concerns, if any.</summary>
    public Dimension? Dimension { get; }
}
