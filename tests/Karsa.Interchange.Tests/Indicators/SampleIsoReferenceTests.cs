using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;

namespace Karsa.Interchange.Tests.Indicators;

/// <summary>The Karanganyar sample's ISO 37120 indicators name indicators of the shipped ISO 37120:2014 list.</summary>
public class SampleIsoReferenceTests
{
    [Fact]
    public void Every_ISO_37120_reference_of_the_karanganyar_sample_is_in_the_2014_list_under_its_theme()
    {
        var read = Reading.Yaml(File.ReadAllText(SamplePath()));
        Assert.True(read.Succeeded, Reading.Describe(read));
        var iso = read.Plan!.Content.Indicators.Where(i => i.Framework is IndicatorFramework.Iso37120 or IndicatorFramework.Iso37120Edition2014).ToList();

        Assert.Equal(11, iso.Count);
        Assert.All(iso, indicator =>
        {
            Assert.Equal(IndicatorFramework.Iso37120Edition2014, indicator.Framework);
            var entry = IndicatorCatalogue.Shipped.Find(indicator.Framework, indicator.FrameworkReference ?? "");
            Assert.True(entry is not null, $"{indicator.Code.Value}: reference '{indicator.FrameworkReference}' is not in ISO 37120:2014");
            Assert.Equal($"ISO37120-{entry.Code}", indicator.Code.Value);
            Assert.Equal(IndicatorCatalogue.Shipped.Framework(indicator.Framework)!.Group(entry.Group)!.Name.In(Language.English), indicator.Theme);
        });
    }

    private static string SamplePath()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Karsa.sln")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        return Path.Combine(folder.FullName, "samples", "karanganyar", "masterplan.yaml");
    }
}
