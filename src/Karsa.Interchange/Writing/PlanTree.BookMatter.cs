using System.Globalization;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Mapping;
using Karsa.Interchange.Tree;
using static Karsa.Interchange.Writing.TreeFactory;

namespace Karsa.Interchange.Writing;

/// <summary>The front matter (<c>book</c>) and the plan-level chapters (<c>sections</c>) in the plan tree.</summary>
internal static partial class PlanTree
{
    private static MappingNode? BookMatter(BookMatter matter) => new MapBuilder()
        .Add("date", Date(matter.IssueDate))
        .Add("foreword", Signed(matter.Foreword))
        .Add("address", Signed(matter.Address))
        .Add("approval", matter.Approval is { } approval
            ? new MapBuilder()
                .Add("kind", Text(approval.Kind))
                .Add("number", String(approval.Number))
                .Add("date", Date(approval.Date))
                .Add("title", OptionalText(approval.Title))
                .Node
            : null)
        .NodeOrNull;

    private static MappingNode? Sections(PlanSections sections) => new MapBuilder()
        .Add("infrastructure", sections.Infrastructure is { } i
            ? Texts(PlanFields.Infrastructure, i.Integration, i.Network, i.DataCentre, i.CommandCentre)
            : null)
        .Add("institutions", sections.Institutions is { } s
            ? Texts(PlanFields.Institutions, s.Policy, s.Council, s.Team, s.HumanResources)
            : null)
        .Add("change", sections.Change is { } c
            ? new MapBuilder()
                .Add("mindset", OptionalText(c.Mindset))
                .Add("coCreation", OptionalText(c.CoCreation))
                .Add("roles", Texts(PlanFields.Roles, c.GovernmentRole, c.CitizenRole, c.CommunityRole))
                .NodeOrNull
            : null)
        .Add("financing", sections.Financing is { } f ? Financing(f) : null)
        .NodeOrNull;

    private static MappingNode? Financing(FinancingAndStakeholders financing)
    {
        var patterns = new MapBuilder();
        foreach (var pattern in financing.Patterns)
        {
            patterns.Add(pattern.Source.Key, Text(pattern.Pattern));
        }

        return new MapBuilder()
            .Add("overview", OptionalText(financing.Overview))
            .Add("patterns", patterns.NodeOrNull)
            .Add("stakeholders", List(financing.Stakeholders, s => new MapBuilder(compact: true).Add("name", Text(s.Name)).Add("role", Text(s.Role)).Node))
            .NodeOrNull;
    }

    private static MappingNode? Signed(SignedText? signed) => signed is null
        ? null
        : new MapBuilder()
            .Add("text", Text(signed.Text))
            .Add("name", OptionalString(signed.Name))
            .Add("title", OptionalText(signed.Title))
            .Node;

    private static MappingNode? Texts(string[] keys, params LocalizedText?[] texts)
    {
        var map = new MapBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            map.Add(keys[i], OptionalText(texts[i]));
        }

        return map.NodeOrNull;
    }

    private static ScalarNode? Date(DateOnly? date) =>
        date is { } d ? Quoted(d.ToString(BookMatterMapper.DateFormat, CultureInfo.InvariantCulture)) : null;
}
