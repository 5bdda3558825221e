using System.Globalization;
using Karsa.Domain.Budget;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>
/// Maps the plan tree to <see cref="MasterplanContent"/>. Every field is read even after an error, so
/// that all field-level problems are reported at once; the content is built only when there were none.
/// </summary>
internal static class PlanMapper
{
    /// <summary>The content, or null when the file had errors (all reported).</summary>
    public static MasterplanContent? Map(ReadContext context, Node root)
    {
        if (!context.UpgradeFormat(root))
        {
            return null;
        }

        var fields = Fields.Open(context, root, string.Empty, PlanFields.Root);
        if (fields is null)
        {
            return null;
        }

        context.ReadInt(fields.Required("karsa"), "karsa");
        context.ReadString(fields.Optional("$schema"), "$schema");
        var region = context.ReadRegion(fields.Required("region"), "region");
        var title = context.ReadText(fields.Required("title"), "title");
        var period = context.ReadPeriod(fields.Required("period"), "period");
        var version = context.ReadVersion(fields.Optional("version"));
        var state = context.ReadKey(fields.Optional("state"), "state", PlanKeys.States) ?? PlanState.Draft;
        var (quickWinYears, quickWinPriority) = context.ReadQuickWins(fields.Optional("quickWins"), "quickWins");
        var terms = context.ReadTerms(fields.Optional("terms"), "terms", quickWinYears, "quickWins.years") ?? TermBoundaries.Default;
        var valueModel = context.ReadValueModel(fields.Optional("valueModel"), "valueModel");
        var vision = context.ReadText(fields.Optional("vision"), "vision");
        var missions = context.ReadList(fields.Optional("missions"), "missions", context.ReadText);
        var narratives = context.ReadNarratives(fields.Optional("narratives"), "narratives");
        var bookMatter = context.ReadBookMatter(fields.Optional("book"), "book");
        var sections = context.ReadPlanSections(fields.Optional("sections"), "sections");
        var elements = context.ReadList(fields.Optional("elements"), "elements", context.ReadElement);
        var (readinessScale, readiness) = context.ReadReadiness(fields.Optional("readiness"), "readiness");
        var swot = context.ReadSwot(fields.Optional("swot"), "swot");
        var strategies = context.ReadList(fields.Optional("strategies"), "strategies", context.ReadStrategy);
        var agencies = context.ReadList(fields.Optional("agencies"), "agencies", context.ReadAgency);
        var (criteriaScale, criteria, comparisons) = context.ReadCriteria(fields.Optional("criteria"), "criteria");
        var fundingSources = context.ReadList(fields.Optional("fundingSources"), "fundingSources", context.ReadFundingSource);
        var programmes = context.ReadList(fields.Optional("programmes"), "programmes", context.ReadProgramme);
        var budget = context.ReadAmounts(fields.Optional("budget"), "budget", (y, s, a) => new BudgetCeiling(y, s, a));
        var indicators = context.ReadList(fields.Optional("indicators"), "indicators", context.ReadIndicator);
        var targets = context.ReadTargets(fields.Optional("targets"), "targets");
        var scenarios = context.ReadList(fields.Optional("scenarios"), "scenarios", context.ReadScenario);
        var roadmap = context.ReadRoadmap(fields.Optional("roadmap"), "roadmap");
        if (context.HasErrors || region is null || title is null || period is null || valueModel is null)
        {
            return null;
        }

        return new MasterplanContent
        {
            Region = region,
            Title = title,
            Period = period,
            Version = version,
            State = state,
            Terms = terms,
            ValueModel = valueModel,
            Vision = vision,
            Missions = missions,
            Narratives = narratives,
            OwnElements = elements,
            ReadinessScale = readinessScale,
            Readiness = readiness,
            Swot = swot,
            Strategies = strategies,
            Agencies = agencies,
            CriteriaScale = criteriaScale,
            Criteria = criteria,
            CriteriaComparisons = comparisons,
            FundingSources = new FundingSourceCatalog(fundingSources),
            Programmes = programmes,
            Ceilings = budget,
            Indicators = indicators,
            Targets = targets,
            Scenarios = scenarios,
            QuickWinPriority = quickWinPriority,
            Roadmap = roadmap,
            BookMatter = bookMatter,
            Sections = sections,
        };
    }

    /// <summary>
    /// Reads <c>karsa</c> (the format version) and upgrades an older file's tree to the current format;
    /// false, with the problem reported, when the version is unknown.
    /// </summary>
    private static bool UpgradeFormat(this ReadContext context, Node root)
    {
        if (root is not MappingNode mapping || mapping.Find("karsa") is not { Value: ScalarNode { Type: ScalarType.Number } node })
        {
            return true; // reported as missing or wrong by the field reader
        }

        if (!int.TryParse(node.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var format) || !FormatUpgrades.Known(format))
        {
            context.Report(Problems.UnsupportedFormat(int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0, FormatUpgrades.Current), "karsa", node.Position);
            return false;
        }

        FormatUpgrades.Upgrade(mapping, format);
        return true;
    }

    private static int ReadVersion(this ReadContext context, Node? node)
    {
        var version = context.ReadInt(node, "version") ?? 1;
        if (version < 1)
        {
            context.Report(Problems.BadVersion(version), "version", node!.Position);
        }

        return version;
    }

    private static ValueList<NarrativeSection> ReadNarratives(this ReadContext context, Node? node, string path)
    {
        var sections = new List<NarrativeSection>();
        context.ReadEntries(node, path, (key, value, entryPath) =>
        {
            if (context.ReadText(value, entryPath) is { } text)
            {
                sections.Add(new NarrativeSection(key.Text, text));
            }
        });
        return sections.ToValueList();
    }
}
