using System.Globalization;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;

namespace Karsa.Monitoring.Tests.Indicators;

/// <summary>The shipped ISO 37120:2014 list (the edition the WCCD levels are defined on) and the level it gives.</summary>
public class Iso37120Edition2014Tests
{
    private static readonly FrameworkCatalogue Edition2014 = IndicatorCatalogue.Shipped.Framework(IndicatorFramework.Iso37120Edition2014)!;

    [Fact]
    public void The_2014_list_has_100_indicators_46_core_and_54_supporting_in_17_themes_numbered_5_to_21()
    {
        Assert.Equal(("ISO 37120:2014", 100, 100), (Edition2014.Edition, Edition2014.DeclaredCount, Edition2014.Entries.Count));
        Assert.True(Edition2014.IsComplete);
        Assert.Equal(46, Edition2014.OfKind(IndicatorKind.Core).Count);
        Assert.Equal(54, Edition2014.OfKind(IndicatorKind.Supporting).Count);
        Assert.Empty(Edition2014.OfKind(IndicatorKind.Profile));
        Assert.Equal(Enumerable.Range(5, 17).Select(c => c.ToString(CultureInfo.InvariantCulture)), Edition2014.Groups.Select(g => g.Code));
        Assert.All(Edition2014.Entries, e => Assert.True(e.TitleVerified, e.Code));
    }

    [Theory]
    [InlineData("5.1", IndicatorKind.Core, "5", "City's unemployment rate")]
    [InlineData("7.4", IndicatorKind.Core, "7", "Percentage of total energy derived from renewable sources, as a share of the city's total energy consumption")]
    [InlineData("10.4", IndicatorKind.Supporting, "10", "Number of volunteer and part-time firefighters per 100 000 population")]
    [InlineData("16.10", IndicatorKind.Supporting, "16", "Percentage of the city's hazardous waste that is recycled")]
    [InlineData("20.5", IndicatorKind.Core, "20", "Percentage of the city's wastewater receiving tertiary treatment")]
    public void A_known_code_has_its_kind_theme_and_title(string code, IndicatorKind kind, string theme, string english)
    {
        var entry = IndicatorCatalogue.Shipped.Find(IndicatorFramework.Iso37120Edition2014, code)!;

        Assert.Equal((kind, theme, english), (entry.Kind, entry.Group, entry.Title.In(Language.English)));
        Assert.NotEqual(entry.Title.Indonesian, entry.Title.English);
    }

    [Theory]
    [InlineData("5", 3, 4)]   // economy
    [InlineData("10", 3, 3)]  // fire and emergency response
    [InlineData("13", 0, 2)]  // recreation: supporting only
    [InlineData("20", 5, 0)]  // wastewater: core only
    [InlineData("21", 4, 3)]  // water and sanitation
    public void Themes_hold_the_published_numbers_of_core_and_supporting_indicators(string theme, int core, int supporting)
    {
        var inTheme = IndicatorCatalogue.Shipped.InTheme(IndicatorFramework.Iso37120Edition2014, theme);

        Assert.Equal((core, supporting), (inTheme.Count(e => e.Kind == IndicatorKind.Core), inTheme.Count(e => e.Kind == IndicatorKind.Supporting)));
    }

    [Fact]
    public void The_2014_list_is_its_own_framework_next_to_the_2018_themes()
    {
        Assert.Equal(IndicatorFramework.Iso37120Edition2014, FrameworkNames.Parse("iso37120-2014"));
        Assert.Equal("iso37120-2014", FrameworkNames.Key(IndicatorFramework.Iso37120Edition2014));
        Assert.Equal(19, IndicatorCatalogue.Shipped.Framework(IndicatorFramework.Iso37120)!.Groups.Count);
        Assert.Null(IndicatorCatalogue.Shipped.Find(IndicatorFramework.Iso37120, "5.1")); // the 2018 numbers are still the user's to load
    }

    [Fact]
    public void Reported_2014_codes_give_the_WCCD_level_with_the_shipped_kinds_alone()
    {
        var core = Edition2014.OfKind(IndicatorKind.Core).Select(e => e.Code).ToList();
        var supporting = Edition2014.OfKind(IndicatorKind.Supporting).Select(e => e.Code).ToList();
        var shipped = IndicatorCatalogue.Shipped;
        const IndicatorFramework Edition = IndicatorFramework.Iso37120Edition2014;

        Assert.Equal(WccdLevel.Bronze, WccdCertification.Level(shipped, Edition, [.. core, .. supporting.Take(13)]));      // 59
        Assert.Equal(WccdLevel.Silver, WccdCertification.Level(shipped, Edition, [.. core, .. supporting.Take(14), "5.1"])); // 60, a code counts once
        Assert.Equal(WccdLevel.Platinum, WccdCertification.Level(shipped, Edition, [.. core, .. supporting]));              // all 100
        Assert.Equal(WccdLevel.Aspirational, WccdCertification.Level(shipped, Edition, [.. core.Skip(1), .. supporting])); // 45 core: not all
        Assert.Equal((30, 0, 1), WccdCertification.Count(shipped, Edition, [.. core.Take(30), "22.1"]));               // no clause 22 in 2014: unknown
    }
}
