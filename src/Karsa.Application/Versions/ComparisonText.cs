using System.Text;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Versions;

/// <summary>
/// A comparison as plain text for a reader: a heading naming the region and both versions, then every
/// section in the plan's order with one line per changed item, or "tidak ada perubahan" / "no changes".
/// </summary>
public static class ComparisonText
{
    /// <summary>The text in <paramref name="language"/>, lines ending in '\n'.</summary>
    public static string Render(VersionComparison comparison, Language language)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var text = new StringBuilder();
        text.Append(Heading(comparison, language)).Append('\n');
        if (!comparison.Changes.HasChanges)
        {
            text.Append(Say.T(language, "Tidak ada perubahan: isi kedua versi sama.", "No changes: both versions say the same.")).Append('\n');
            return text.ToString();
        }

        var previousChanged = true;
        foreach (var section in comparison.Changes.Sections)
        {
            var title = ChangeLabels.Section(section.Section, language);
            if (section.IsUnchanged)
            {
                // Unchanged sections are one line each, together; a changed section stands apart.
                text.Append(previousChanged ? "\n" : string.Empty).Append(title).Append(": ").Append(Say.T(language, "tidak ada perubahan", "no changes")).Append('\n');
                previousChanged = false;
                continue;
            }

            previousChanged = true;
            text.Append('\n').Append(title).Append('\n');
            foreach (var item in section.Items)
            {
                text.Append("  - ").Append(ChangeWording.Item(item, language)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>"Perubahan Kabupaten Karanganyar (33.13): versi 1 (terbit) → versi 2 (draf)".</summary>
    public static string Heading(VersionComparison comparison, Language language)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return Say.T(language,
            $"Perubahan {comparison.RegionName} ({comparison.RegionCode}): versi {Side(comparison.Older, language)} → versi {Side(comparison.Newer, language)}",
            $"Changes to {comparison.RegionName} ({comparison.RegionCode}): version {Side(comparison.Older, language)} → version {Side(comparison.Newer, language)}");
    }

    private static string Side(VersionInfo version, Language language) =>
        $"{version.Version} ({(version.State == PlanState.Published ? Say.T(language, "terbit", "published") : Say.T(language, "draf", "draft"))})";
}
