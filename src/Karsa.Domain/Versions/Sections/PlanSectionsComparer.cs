using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Versions.Sections;

/// <summary>
/// The plan-level chapters (<c>sections</c>): one item per sub-section that was added, removed or changed
/// (its Markdown paragraph by paragraph), then the financing patterns per funding source and the
/// stakeholders with their roles.
/// </summary>
public sealed class PlanSectionsComparer : ISectionComparer
{
    /// <summary>Every text sub-section, by its plan-file path under <c>sections</c>, in the plan file's order.</summary>
    private static readonly (string Key, Func<PlanSections, LocalizedText?> Text)[] Texts =
    [
        ("infrastructure.integration", s => s.Infrastructure?.Integration),
        ("infrastructure.network", s => s.Infrastructure?.Network),
        ("infrastructure.dataCentre", s => s.Infrastructure?.DataCentre),
        ("infrastructure.commandCentre", s => s.Infrastructure?.CommandCentre),
        ("institutions.policy", s => s.Institutions?.Policy),
        ("institutions.council", s => s.Institutions?.Council),
        ("institutions.team", s => s.Institutions?.Team),
        ("institutions.humanResources", s => s.Institutions?.HumanResources),
        ("change.mindset", s => s.Change?.Mindset),
        ("change.coCreation", s => s.Change?.CoCreation),
        ("change.roles.government", s => s.Change?.GovernmentRole),
        ("change.roles.citizens", s => s.Change?.CitizenRole),
        ("change.roles.communities", s => s.Change?.CommunityRole),
        ("financing.overview", s => s.Financing?.Overview),
    ];

    /// <summary>The keys of the sub-sections this comparer reports, including <c>financing.patterns</c> and <c>financing.stakeholders</c>.</summary>
    public static IEnumerable<string> Keys => Texts.Select(t => t.Key).Concat(["financing.patterns", "financing.stakeholders"]);

    /// <inheritdoc />
    public string Section => "sections";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var (a, b) = (older.Sections, newer.Sections);
        foreach (var (key, text) in Texts)
        {
            var change = Keyed.One(text(a), text(b), Path(key), "planSection", t => Values.Text(t),
                (x, y, fields) => Paragraphs.Compare(fields, Path(key), x, y));
            if (change is not null)
            {
                yield return change with { Key = key };
            }
        }

        var patterns = new FieldList(Path("financing.patterns"))
            .Entries("pattern", a.Financing?.Patterns ?? [], b.Financing?.Patterns ?? [], p => p.Source, p => new TextValue(p.Pattern), (p, f) => f with
            {
                Source = p.Source,
                SourceName = SourceNames.Of(older, newer, p.Source),
            })
            .ToItem("planSection", "financing.patterns", null);
        var stakeholders = new FieldList(Path("financing.stakeholders"))
            .Entries("stakeholder", a.Financing?.Stakeholders ?? [], b.Financing?.Stakeholders ?? [], s => s.Name.Indonesian, s => new TextValue(s.Role), (s, f) => f with
            {
                Key = s.Name.Indonesian,
                KeyName = s.Name,
            })
            .ToItem("planSection", "financing.stakeholders", null);
        foreach (var item in new[] { patterns, stakeholders }.OfType<ItemChange>())
        {
            yield return item;
        }
    }

    private static string Path(string key) => "sections".Field(key);
}
