using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Indicators;

/// <summary>
/// The catalogue of one framework edition: its groups, its indicators and the number of indicators
/// the source declares. Invariants: codes are unique; every entry and group names a known parent;
/// an ISO code is <c>clause.sequence</c> within its theme's clause.
/// </summary>
public sealed record FrameworkCatalogue
{
    /// <summary>Creates a catalogue, refusing duplicate codes and unknown groups.</summary>
    public FrameworkCatalogue(IndicatorFramework framework, string edition, int declaredCount, ValueList<CatalogueGroup> groups, ValueList<CatalogueEntry> entries)
    {
        (Framework, Edition, DeclaredCount, Groups, Entries) = (framework, edition, declaredCount, groups, entries);
        var name = FrameworkNames.Key(framework);
        var groupCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (!groupCodes.Add(group.Code) || (group.Parent is { } parent && !groupCodes.Contains(parent)))
            {
                throw new DomainException(Problems.MalformedFrameworkCode(name, group.Code, "a unique group after its parent").Under("groups"));
            }
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!codes.Add(entry.Code))
            {
                throw new DomainException(Problems.DuplicateIndicator(entry.Code).Under($"entries[{i}].code"));
            }

            if (entry.Framework != framework || !groupCodes.Contains(entry.Group) || !HasFormOf(entry))
            {
                throw new DomainException(Problems.MalformedFrameworkCode(name, entry.Code, CodeForm(framework)).Under($"entries[{i}].code"));
            }
        }
    }

    /// <summary>The framework.</summary>
    public IndicatorFramework Framework { get; }

    /// <summary>The edition, e.g. "ISO 37120:2018".</summary>
    public string Edition { get; }

    /// <summary>How many indicators the source says the edition has.</summary>
    public int DeclaredCount { get; }

    /// <summary>The groups, parents before children.</summary>
    public ValueList<CatalogueGroup> Groups { get; }

    /// <summary>The indicators, in source order.</summary>
    public ValueList<CatalogueEntry> Entries { get; }

    /// <summary>True when every declared indicator is present.</summary>
    public bool IsComplete => Entries.Count == DeclaredCount;

    /// <summary>The indicator with <paramref name="code"/>, or null.</summary>
    public CatalogueEntry? Find(string code) => Entries.FirstOrDefault(e => string.Equals(e.Code, code, StringComparison.Ordinal));

    /// <summary>The group with <paramref name="code"/>, or null.</summary>
    public CatalogueGroup? Group(string code) => Groups.FirstOrDefault(g => string.Equals(g.Code, code, StringComparison.Ordinal));

    /// <summary>The indicators in group <paramref name="code"/> or in any group beneath it.</summary>
    public IReadOnlyList<CatalogueEntry> InGroup(string code) => [.. Entries.Where(e => IsWithin(e.Group, code))];

    /// <summary>The indicators of <paramref name="kind"/>.</summary>
    public IReadOnlyList<CatalogueEntry> OfKind(IndicatorKind kind) => [.. Entries.Where(e => e.Kind == kind)];

    /// <summary>This catalogue with <paramref name="added"/> appended (this one is unchanged).</summary>
    public FrameworkCatalogue With(IEnumerable<CatalogueEntry> added) => new(Framework, Edition, DeclaredCount, Groups, [.. Entries, .. added]);

    /// <summary>How a code of <paramref name="framework"/> is written, for messages.</summary>
    public static string CodeForm(IndicatorFramework framework) => framework switch
    {
        IndicatorFramework.Iso37120Edition2014 => "'5.1' (clause 5-21 . number)",
        _ when FrameworkNames.IsIso(framework) => "'5.1' (clause 5-23 . number)",
        IndicatorFramework.U4ssc => "'EC: ICT: ICT: 1C'",
        IndicatorFramework.Spbe => "'1'..'47'",
        _ => "'IND-01'",
    };

    private bool IsWithin(string group, string ancestor)
    {
        for (string? current = group; current is not null; current = Group(current)?.Parent)
        {
            if (string.Equals(current, ancestor, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFormOf(CatalogueEntry entry)
    {
        if (!FrameworkNames.IsIso(entry.Framework))
        {
            return true;
        }

        var dot = entry.Code.IndexOf('.', StringComparison.Ordinal);
        return dot > 0
            && string.Equals(entry.Code[..dot], entry.Group, StringComparison.Ordinal)
            && int.TryParse(entry.Code[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence > 0;
    }
}
