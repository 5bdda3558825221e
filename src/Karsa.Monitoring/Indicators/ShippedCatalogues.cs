using System.Reflection;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Indicators;

/// <summary>
/// Reads the catalogues shipped as embedded files under <c>Indicators/Data</c>: '#' comment lines,
/// <c>@framework|key</c>, <c>@edition|text</c>, <c>@declared|count</c>, then
/// <c>group|code|parent|name id|name en</c> and <c>indicator|code|group|kind|title id|title en[|?]</c>
/// lines ('?' marks a title not verified against the source).
/// </summary>
internal static class ShippedCatalogues
{
    private const string Folder = ".Indicators.Data.";

    /// <summary>Every shipped framework catalogue.</summary>
    public static IReadOnlyList<FrameworkCatalogue> Load()
    {
        var assembly = typeof(ShippedCatalogues).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.Contains(Folder, StringComparison.Ordinal) && name.EndsWith(".csv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Parse(Read(assembly, name)))];
    }

    /// <summary>Parses one catalogue file's text.</summary>
    public static FrameworkCatalogue Parse(string text)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = new List<CatalogueGroup>();
        var rows = new List<string[]>();
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var fields = line.Split('|');
            switch (fields[0])
            {
                case ['@', ..]:
                    settings[fields[0][1..]] = fields[1];
                    break;
                case "group":
                    groups.Add(new CatalogueGroup(fields[1], new LocalizedText(fields[3], fields[4]), fields[2].Length == 0 ? null : fields[2]));
                    break;
                case "indicator":
                    rows.Add(fields);
                    break;
                default:
                    throw new InvalidDataException($"shipped catalogue line not understood: {line}");
            }
        }

        var framework = FrameworkNames.Parse(settings["framework"]) ?? throw new InvalidDataException($"unknown framework {settings["framework"]}");
        var entries = rows.Select(f => new CatalogueEntry(framework, f[1], Enum.Parse<IndicatorKind>(f[3], ignoreCase: true), f[2],
            new LocalizedText(f[4], f[5]), TitleVerified: f.Length < 7 || f[6] != "?"));
        return new FrameworkCatalogue(framework, settings["edition"], int.Parse(settings["declared"], System.Globalization.CultureInfo.InvariantCulture), [.. groups], [.. entries]);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
