using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Indicators;

/// <summary>
/// Every indicator Karsa knows by framework and code: the shipped catalogues (ISO themes, U4SSC KPIs,
/// SPBE indicators), the full definitions a user loaded, and the plan's own (local) indicators.
/// Immutable: adding definitions or local indicators gives a new catalogue.
/// </summary>
public sealed class IndicatorCatalogue
{
    private const string LocalGroup = "local";
    private static readonly Lazy<IndicatorCatalogue> ShippedOnce = new(() => new(ShippedCatalogues.Load().ToDictionary(c => c.Framework), []));

    private readonly Dictionary<IndicatorFramework, FrameworkCatalogue> _frameworks;
    private readonly Dictionary<(IndicatorFramework, string), IndicatorDefinition> _definitions;

    private IndicatorCatalogue(Dictionary<IndicatorFramework, FrameworkCatalogue> frameworks, Dictionary<(IndicatorFramework, string), IndicatorDefinition> definitions) =>
        (_frameworks, _definitions) = (frameworks, definitions);

    /// <summary>The catalogues shipped with Karsa, without definitions or local indicators.</summary>
    public static IndicatorCatalogue Shipped => ShippedOnce.Value;

    /// <summary>The framework catalogues, in framework order.</summary>
    public IReadOnlyList<FrameworkCatalogue> Frameworks => [.. _frameworks.Values.OrderBy(c => c.Framework)];

    /// <summary>The catalogue of <paramref name="framework"/>, or null when there is none.</summary>
    public FrameworkCatalogue? Framework(IndicatorFramework framework) => _frameworks.GetValueOrDefault(framework);

    /// <summary>The indicator <paramref name="code"/> of <paramref name="framework"/>, or null.</summary>
    public CatalogueEntry? Find(IndicatorFramework framework, string code) => Framework(framework)?.Find(code);

    /// <summary>The loaded full definition of an indicator, or null.</summary>
    public IndicatorDefinition? DefinitionOf(IndicatorFramework framework, string code) => _definitions.GetValueOrDefault((framework, code));

    /// <summary>The indicators of a theme (or of any group, with those of its sub-groups).</summary>
    public IReadOnlyList<CatalogueEntry> InTheme(IndicatorFramework framework, string theme) => Framework(framework)?.InGroup(theme) ?? [];

    /// <summary>The indicators of <paramref name="framework"/> of one <paramref name="kind"/>.</summary>
    public IReadOnlyList<CatalogueEntry> OfKind(IndicatorFramework framework, IndicatorKind kind) => Framework(framework)?.OfKind(kind) ?? [];

    /// <summary>
    /// Why <paramref name="definition"/> cannot be merged, or null when it can: it must name a catalogue
    /// indicator (KRS120), or, for ISO, add one with a kind and a theme whose clause starts its code (KRS123).
    /// </summary>
    public Diagnostic? Check(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var name = FrameworkNames.Key(definition.Framework);
        var catalogue = Framework(definition.Framework);
        if (catalogue?.Find(definition.Code) is not null)
        {
            return null;
        }

        if (catalogue is null || !FrameworkNames.IsIso(definition.Framework) || definition.Kind is null || definition.Theme is null)
        {
            return Problems.UnknownCatalogueIndicator(name, definition.Code);
        }

        try
        {
            _ = catalogue.With([Added(definition)]);
            return null;
        }
        catch (DomainException)
        {
            return Problems.MalformedFrameworkCode(name, definition.Code, FrameworkCatalogue.CodeForm(definition.Framework));
        }
    }

    /// <summary>
    /// A new catalogue with <paramref name="definitions"/> attached (and ISO indicators they add listed);
    /// this one is unchanged. Throws with every problem <see cref="Check"/> finds, each under
    /// <c>definitions[i]</c>.
    /// </summary>
    public IndicatorCatalogue WithDefinitions(IEnumerable<IndicatorDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var list = definitions.ToList();
        var problems = list.Select((d, i) => Check(d)?.Within($"definitions[{i}]")).OfType<Diagnostic>().ToList();
        if (problems.Count > 0)
        {
            throw new DomainException(problems);
        }

        var frameworks = new Dictionary<IndicatorFramework, FrameworkCatalogue>(_frameworks);
        var merged = new Dictionary<(IndicatorFramework, string), IndicatorDefinition>(_definitions);
        foreach (var definition in list)
        {
            if (frameworks[definition.Framework].Find(definition.Code) is null)
            {
                frameworks[definition.Framework] = frameworks[definition.Framework].With([Added(definition)]);
            }

            merged[(definition.Framework, definition.Code)] = definition;
        }

        return new IndicatorCatalogue(frameworks, merged);
    }

    /// <summary>A new catalogue whose local framework lists the plan's own indicators (those of the local framework).</summary>
    public IndicatorCatalogue WithLocal(IEnumerable<Indicator> planIndicators)
    {
        ArgumentNullException.ThrowIfNull(planIndicators);
        var local = planIndicators.Where(i => i.Framework == IndicatorFramework.Local).ToList();
        var frameworks = new Dictionary<IndicatorFramework, FrameworkCatalogue>(_frameworks)
        {
            [IndicatorFramework.Local] = new(IndicatorFramework.Local, "plan", local.Count,
                [new CatalogueGroup(LocalGroup, new LocalizedText("Indikator daerah", "Local indicators"), null)],
                [.. local.Select(i => new CatalogueEntry(IndicatorFramework.Local, i.Code.Value, IndicatorKind.Local, LocalGroup, i.Name))]),
        };
        var definitions = new Dictionary<(IndicatorFramework, string), IndicatorDefinition>(_definitions);
        foreach (var indicator in local)
        {
            definitions[(IndicatorFramework.Local, indicator.Code.Value)] = new IndicatorDefinition(IndicatorFramework.Local, indicator.Code.Value, indicator.Name, Unit: indicator.Unit);
        }

        return new IndicatorCatalogue(frameworks, definitions);
    }

    private static CatalogueEntry Added(IndicatorDefinition definition) =>
        new(definition.Framework, definition.Code, definition.Kind!.Value, definition.Theme!, definition.Name);
}
