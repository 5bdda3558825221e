using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;

namespace Karsa.Monitoring.Tests.Indicators;

public class WccdTests
{
    [Theory]
    [InlineData(29, 54, WccdLevel.None)]
    [InlineData(30, 0, WccdLevel.Aspirational)]
    [InlineData(45, 54, WccdLevel.Aspirational)] // 99 in total but one core missing
    [InlineData(46, 0, WccdLevel.Bronze)]
    [InlineData(46, 13, WccdLevel.Bronze)]       // 59
    [InlineData(46, 14, WccdLevel.Silver)]       // 60
    [InlineData(46, 29, WccdLevel.Silver)]       // 75
    [InlineData(46, 30, WccdLevel.Gold)]         // 76
    [InlineData(46, 44, WccdLevel.Gold)]         // 90
    [InlineData(46, 45, WccdLevel.Platinum)]     // 91
    [InlineData(46, 54, WccdLevel.Platinum)]     // 100, all of the 2014 edition
    public void Levels_follow_the_2014_edition_counts(int core, int supporting, WccdLevel level)
    {
        Assert.Equal(level, WccdCertification.Level(core, supporting));
    }

    [Fact]
    public void A_negative_count_is_KRS016()
    {
        Assert.Equal("KRS016", Assert.Throws<DomainException>(() => WccdCertification.Level(-1, 0)).Problems[0].Code);
    }

    [Fact]
    public void Reported_2018_codes_are_counted_by_their_kind_in_the_loaded_catalogue_once_each()
    {
        // 2018 edition: 46 core (5.1-5.46), 14 supporting (5.47-5.60) and one profile (5.61) loaded from a definitions file.
        var definitions = Enumerable.Range(1, 61).Select(n => new IndicatorDefinition(IndicatorFramework.Iso37120, $"5.{n}", new LocalizedText("X"),
            Kind: n <= 46 ? IndicatorKind.Core : n <= 60 ? IndicatorKind.Supporting : IndicatorKind.Profile, Theme: "5"));
        var catalogue = IndicatorCatalogue.Shipped.WithDefinitions(definitions);
        var reported = Enumerable.Range(1, 61).Select(n => $"5.{n}").Append("5.1").Append("9.9").ToList();

        Assert.Equal(WccdLevel.Silver, WccdCertification.Level(catalogue, IndicatorFramework.Iso37120, reported));          // 46 + 14 = 60; profile, duplicate and unknown codes do not count
        Assert.Equal(WccdLevel.Bronze, WccdCertification.Level(catalogue, IndicatorFramework.Iso37120, reported.Where(c => c != "5.47")));     // 46 + 13 = 59
        Assert.Equal(WccdLevel.Aspirational, WccdCertification.Level(catalogue, IndicatorFramework.Iso37120, reported.Where(c => c != "5.1"))); // 45 core: not all
    }
}
