using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>
/// The plan file format's versions and the upgrade step from each older one to the next, applied to
/// the tree before it is mapped, so an old file reads as the current format (nodes keep their file
/// positions, so problems still point into the old file). Writers always write <see cref="Current"/>.
/// </summary>
/// <remarks>
/// Version 2 gathers the quick-win settings in <c>quickWins</c> (<c>years</c>, <c>priority</c>): version
/// 1's <c>terms.quickWinYears</c> becomes <c>quickWins.years</c>. It also adds the adopted
/// <c>roadmap</c> section, which version 1 files do not have.
/// Version 3 makes funding sources a plan-level list: the national defaults (adding <c>apbd-provinsi</c>,
/// <c>did</c> and <c>blud</c>) and the plan's own <c>fundingSources</c>; every key a version 2 file can
/// hold is a default, so its tree reads unchanged.
/// Whatever the version, a programme's <c>districts</c> (written before programmes had village
/// locations) is read as <c>locations</c> (<see cref="ProgrammeDistrictsIntoLocations"/>); writers write
/// <c>locations</c>.
/// </remarks>
internal static class FormatUpgrades
{
    /// <summary>The format version Karsa writes (<c>karsa: 3</c>).</summary>
    public const int Current = 3;

    /// <summary>The upgrade from each version to the next, by the version it upgrades from.</summary>
    private static readonly Dictionary<int, Action<MappingNode>> Steps = new()
    {
        [1] = QuickWinYearsIntoQuickWins,
        [2] = FundingSourcesAsPlanList,
    };

    /// <summary>Brings <paramref name="root"/> from <paramref name="version"/> up to <see cref="Current"/>.</summary>
    public static void Upgrade(MappingNode root, int version)
    {
        for (var from = version; from < Current; from++)
        {
            Steps[from](root);
        }

        ProgrammeDistrictsIntoLocations(root);
    }

    /// <summary>True when files of <paramref name="version"/> can be read.</summary>
    public static bool Known(int version) => version >= 1 && version <= Current;

    private static void QuickWinYearsIntoQuickWins(MappingNode root)
    {
        if (root.Find("terms") is not { Value: MappingNode terms } termsEntry || terms.Find("quickWinYears") is not { } years)
        {
            return;
        }

        terms.Entries.Remove(years);
        if (terms.Entries.Count == 0)
        {
            root.Entries.Remove(termsEntry);
        }

        var quickWins = new MappingNode(years.Key.Position) { Compact = true };
        quickWins.Entries.Add(new MappingEntry(new ScalarNode("years", ScalarType.String, years.Key.Position), years.Value));
        var at = root.Entries.IndexOf(termsEntry);
        root.Entries.Insert(at < 0 ? root.Entries.Count : at + 1, new MappingEntry(new ScalarNode("quickWins", ScalarType.String, years.Key.Position), quickWins));
    }

    /// <summary>
    /// Version 2 to 3: nothing to move. Version 2 knew only apbd, apbn, dak, kpbu, csr, dana-desa and
    /// other, all national defaults of version 3, and had no <c>fundingSources</c>.
    /// </summary>
    private static void FundingSourcesAsPlanList(MappingNode root)
    {
        // The tree of a version 2 file is already a valid version 3 tree; kept as its own step so the
        // chain of upgrades names every version.
        _ = root;
    }

    /// <summary>
    /// A programme's <c>districts</c> becomes <c>locations</c> (same codes, same positions), unless the
    /// programme already has <c>locations</c>: then <c>districts</c> stays and is reported as unknown.
    /// </summary>
    private static void ProgrammeDistrictsIntoLocations(MappingNode root)
    {
        if (root.Find("programmes") is not { Value: SequenceNode programmes })
        {
            return;
        }

        foreach (var programme in programmes.Items.OfType<MappingNode>())
        {
            if (programme.Find("districts") is { } districts && programme.Find("locations") is null)
            {
                var at = programme.Entries.IndexOf(districts);
                programme.Entries[at] = districts with { Key = new ScalarNode("locations", ScalarType.String, districts.Key.Position) };
            }
        }
    }
}
