using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Domain.Roadmaps;

namespace Karsa.Documents.Text;

/// <summary>Picks the book's wording in its language; every generated label goes through here.</summary>
/// <param name="language">The book's language.</param>
/// <param name="fundingSources">The plan's funding sources, which name its sources (the national defaults when not given).</param>
public sealed class Wording(Language language, FundingSourceCatalog? fundingSources = null)
{
    /// <summary>The book's language.</summary>
    public Language Language { get; } = language;

    /// <summary>True for the English book.</summary>
    public bool English => Language == Language.English;

    /// <summary>The Indonesian or the English wording.</summary>
    public string T(string indonesian, string english) => English ? english : indonesian;

    /// <summary>The visible mark of generated wording the region must replace or confirm.</summary>
    public string TemplateMark => T("[isi oleh daerah]", "[to be completed by the region]");

    /// <summary>A decimal with exactly <paramref name="decimals"/> places, so a table column reads alike ("3,0" beside "2,8").</summary>
    public static string Fixed(decimal value, int decimals = 1) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), IndonesianNumbers.Format);

    /// <summary>A plan text in the book's language.</summary>
    public string Of(LocalizedText text) => text.In(Language);

    /// <summary>A dimension's display name.</summary>
    public string Of(Dimension dimension) => Of(dimension.Name());

    /// <summary>A funding source's label.</summary>
    public string Of(FundingSource source) => (fundingSources ?? FundingSourceCatalog.Defaults).Label(source, Language);

    /// <summary>A term's name.</summary>
    public string Of(Term term) => Of(term.Name());

    /// <summary>A pillar's name.</summary>
    public string Of(Pillar pillar) => pillar switch
    {
        Pillar.Struktur => T("Struktur", "Structure"),
        Pillar.Infrastruktur => T("Infrastruktur", "Infrastructure"),
        _ => T("Suprastruktur", "Superstructure"),
    };

    /// <summary>A SWOT quadrant's name.</summary>
    public string Of(SwotKind kind) => kind switch
    {
        SwotKind.Strength => T("Kekuatan", "Strengths"),
        SwotKind.Weakness => T("Kelemahan", "Weaknesses"),
        SwotKind.Opportunity => T("Peluang", "Opportunities"),
        _ => T("Ancaman", "Threats"),
    };

    /// <summary>A programme kind's name.</summary>
    public string Of(ProgrammeKind kind) => kind.Name().In(Language);

    /// <summary>A whole number in Indonesian form.</summary>
    public static string Number(long value) => IndonesianNumbers.FormatInteger(value);

    /// <summary>A decimal in Indonesian form.</summary>
    public static string Number(decimal value, int decimals = 2) => IndonesianNumbers.FormatDecimal(value, decimals);

    /// <summary>A year range "2023-2025", or one year.</summary>
    public static string Years(FiscalYear first, FiscalYear last) => first == last ? first.ToString() : $"{first}-{last}";
}
