using Karsa.Domain.Indicators;

namespace Karsa.Monitoring.Indicators;

/// <summary>The names a framework goes by in files and messages.</summary>
public static class FrameworkNames
{
    private static readonly Dictionary<string, IndicatorFramework> ByKey = new(StringComparer.OrdinalIgnoreCase)
    {
        ["iso37120"] = IndicatorFramework.Iso37120,
        ["iso37120-2014"] = IndicatorFramework.Iso37120Edition2014,
        ["iso37122"] = IndicatorFramework.Iso37122,
        ["iso37123"] = IndicatorFramework.Iso37123,
        ["u4ssc"] = IndicatorFramework.U4ssc,
        ["spbe"] = IndicatorFramework.Spbe,
        ["local"] = IndicatorFramework.Local,
    };

    /// <summary>Every key, as written in files (<c>iso37120</c>, <c>u4ssc</c>, ...).</summary>
    public static IReadOnlyCollection<string> Keys => ByKey.Keys;

    /// <summary>The file key of <paramref name="framework"/>, e.g. <c>iso37120</c>.</summary>
    public static string Key(IndicatorFramework framework) => ByKey.First(pair => pair.Value == framework).Key;

    /// <summary>The framework written as <paramref name="key"/> (any case), or null.</summary>
    public static IndicatorFramework? Parse(string key) => ByKey.TryGetValue(key, out var framework) ? framework : null;

    /// <summary>True for the ISO standards (codes clause.sequence; users may add indicators from their own copy).</summary>
    public static bool IsIso(IndicatorFramework framework) =>
        framework is IndicatorFramework.Iso37120 or IndicatorFramework.Iso37120Edition2014 or IndicatorFramework.Iso37122 or IndicatorFramework.Iso37123;
}
