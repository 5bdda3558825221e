using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Roadmaps;

/// <summary>
/// The one table of term names: the key used in files and JSON (<c>quick-win</c>, <c>short</c>,
/// <c>medium</c>, <c>long</c>), and the name people read in Indonesian and English. Every front door,
/// export and book takes its words from here.
/// </summary>
public static class TermNames
{
    /// <summary>The stable key of <paramref name="term"/>.</summary>
    public static string Key(this Term term) => term switch
    {
        Term.QuickWin => "quick-win",
        Term.ShortTerm => "short",
        Term.MediumTerm => "medium",
        _ => "long",
    };

    /// <summary>The name of <paramref name="term"/> in both languages, e.g. "Jangka pendek" / "Short term".</summary>
    public static LocalizedText Name(this Term term) => term switch
    {
        Term.QuickWin => new("Quick win", "Quick win"),
        Term.ShortTerm => new("Jangka pendek", "Short term"),
        Term.MediumTerm => new("Jangka menengah", "Medium term"),
        _ => new("Jangka panjang", "Long term"),
    };

    /// <summary>The term whose key is <paramref name="key"/>, if any.</summary>
    public static bool TryParse(string? key, out Term term)
    {
        foreach (var candidate in Enum.GetValues<Term>())
        {
            if (string.Equals(candidate.Key(), key, StringComparison.Ordinal))
            {
                term = candidate;
                return true;
            }
        }

        term = default;
        return false;
    }
}
