using Karsa.Domain.Agencies;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Readiness;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>Reads <c>elements</c>, <c>agencies</c> and <c>criteria</c>.</summary>
internal static class CatalogueMapper
{
    /// <summary>One own element.</summary>
    public static Element? ReadElement(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Element);
        if (fields is null)
        {
            return null;
        }

        var code = context.ReadCode(fields.Required("code"), fields.PathOf("code"), c => new ElementCode(c));
        var dimension = context.ReadKey(fields.Required("dimension"), fields.PathOf("dimension"), PlanKeys.Dimensions);
        var name = context.ReadText(fields.Required("name"), fields.PathOf("name"));
        return code is { } c && dimension is { } d && name is not null ? new Element(c, d, name) : null;
    }

    /// <summary>One agency.</summary>
    public static Agency? ReadAgency(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Agency);
        if (fields is null)
        {
            return null;
        }

        var code = context.ReadCode(fields.Required("code"), fields.PathOf("code"), c => new AgencyCode(c));
        var name = context.ReadString(fields.Required("name"), fields.PathOf("name"));
        var kind = context.ReadKey(fields.Required("kind"), fields.PathOf("kind"), PlanKeys.AgencyKinds);
        var capacity = context.ReadInt(fields.Optional("capacity"), fields.PathOf("capacity"));
        if (code is not { } c || name is null || kind is not { } k)
        {
            return null;
        }

        return context.TryBuild(() => new Agency(c, name, k, capacity), path, fields.Position, out var agency)
            ? agency
            : null;
    }

    /// <summary><c>criteria</c>: the scale, the items (the defaults when absent) and the AHP pairwise judgements.</summary>
    public static (ScoreScale Scale, ValueList<Criterion> Items, ValueList<PairwiseComparison> Pairwise) ReadCriteria(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Criteria);
        if (fields is null)
        {
            return (ScoreScale.OneToFive, Criterion.Defaults.ToValueList(), default);
        }

        var scale = context.ReadScale(fields.Optional("scale"), fields.PathOf("scale")) ?? ScoreScale.OneToFive;
        var items = fields.Optional("items");
        var pairwise = context.ReadList(fields.Optional("pairwise"), fields.PathOf("pairwise"), context.ReadComparison);
        return (scale, items is null ? Criterion.Defaults.ToValueList() : context.ReadList(items, fields.PathOf("items"), context.ReadCriterion), pairwise);
    }

    private static PairwiseComparison? ReadComparison(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Comparison);
        if (fields is null)
        {
            return null;
        }

        var more = context.ReadCode(fields.Required("more"), fields.PathOf("more"), c => new CriterionCode(c));
        var less = context.ReadCode(fields.Required("less"), fields.PathOf("less"), c => new CriterionCode(c));
        var ratio = context.ReadDecimal(fields.Required("ratio"), fields.PathOf("ratio"));
        if (more is not { } m || less is not { } l || ratio is not { } r)
        {
            return null;
        }

        return context.TryBuild(() => new PairwiseComparison(m, l, r), path, fields.Position, out var comparison) ? comparison : null;
    }

    private static Criterion? ReadCriterion(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Criterion);
        if (fields is null)
        {
            return null;
        }

        var code = context.ReadCode(fields.Required("code"), fields.PathOf("code"), c => new CriterionCode(c));
        var name = context.ReadText(fields.Required("name"), fields.PathOf("name"));
        var weight = context.ReadDecimal(fields.Required("weight"), fields.PathOf("weight"));
        var sense = context.ReadKey(fields.Optional("sense"), fields.PathOf("sense"), PlanKeys.Senses) ?? CriterionSense.Benefit;
        if (code is not { } c || name is null || weight is not { } w)
        {
            return null;
        }

        return context.TryBuild(() => new Criterion(c, name, w, sense), path, fields.Position, out var criterion) ? criterion : null;
    }
}
