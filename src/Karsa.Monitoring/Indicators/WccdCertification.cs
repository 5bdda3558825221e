using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Indicators;

/// <summary>The World Council on City Data certification levels for ISO 37120 reporting.</summary>
public enum WccdLevel
{
    /// <summary>Fewer than 30 core indicators reported.</summary>
    None,

    /// <summary>30 to 45 core indicators.</summary>
    Aspirational,

    /// <summary>All 46 core and 46 to 59 indicators in total.</summary>
    Bronze,

    /// <summary>All core and 60 to 75 in total.</summary>
    Silver,

    /// <summary>All core and 76 to 90 in total.</summary>
    Gold,

    /// <summary>All core and 91 or more (91-100 in the 2014 edition).</summary>
    Platinum,
}

/// <summary>
/// The WCCD level from the number of reported ISO 37120 core and supporting indicators. The levels are
/// defined on the 2014 edition's counts (46 core, 54 supporting, 100 in all): Aspirational 30-45 core;
/// Bronze 46-59 with all core; Silver 60-75; Gold 76-90; Platinum 91-100. Profile indicators do not count.
/// </summary>
public static class WccdCertification
{
    /// <summary>The ISO 37120 edition the level counts belong to.</summary>
    public const string Edition = "ISO 37120:2014";

    /// <summary>Core indicators of that edition: all of them are needed from Bronze up.</summary>
    public const int CoreIndicators = 46;

    private static readonly LocalizedText ReportedName = new("jumlah indikator dilaporkan", "reported indicator count");

    /// <summary>The level for <paramref name="core"/> core and <paramref name="supporting"/> supporting indicators reported.</summary>
    public static WccdLevel Level(int core, int supporting)
    {
        if (core < 0 || supporting < 0)
        {
            throw new DomainException(Problems.OutOfRange(ReportedName, Math.Min(core, supporting).ToString(CultureInfo.InvariantCulture), ">= 0"));
        }

        var total = core + supporting;
        return core < CoreIndicators
            ? core >= 30 ? WccdLevel.Aspirational : WccdLevel.None
            : total switch
            {
                >= 91 => WccdLevel.Platinum,
                >= 76 => WccdLevel.Gold,
                >= 60 => WccdLevel.Silver,
                _ => WccdLevel.Bronze,
            };
    }

    /// <summary>The framework key whose catalogue lists that edition's indicators with their kinds.</summary>
    public const IndicatorFramework EditionFramework = IndicatorFramework.Iso37120Edition2014;

    /// <summary>
    /// The level for the codes of <paramref name="edition"/> reported, counted by their kind in
    /// <paramref name="catalogue"/> (the shipped catalogue gives the 2014 edition's kinds; the 2018
    /// edition's come from loaded definitions); a code counts once.
    /// </summary>
    public static WccdLevel Level(IndicatorCatalogue catalogue, IndicatorFramework edition, IEnumerable<string> reportedCodes)
    {
        var (core, supporting, _) = Count(catalogue, edition, reportedCodes);
        return Level(core, supporting);
    }

    /// <summary>
    /// The distinct codes of <paramref name="edition"/> in <paramref name="reportedCodes"/> counted by their
    /// kind in <paramref name="catalogue"/>: core, supporting, and those of unknown kind. Profile indicators
    /// are in none of the three.
    /// </summary>
    public static (int Core, int Supporting, int Unclassified) Count(IndicatorCatalogue catalogue, IndicatorFramework edition, IEnumerable<string> reportedCodes)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(reportedCodes);
        var kinds = reportedCodes.Distinct(StringComparer.Ordinal)
            .Select(code => catalogue.Find(edition, code)?.Kind)
            .ToList();
        return (kinds.Count(k => k == IndicatorKind.Core), kinds.Count(k => k == IndicatorKind.Supporting), kinds.Count(k => k is null));
    }
}
