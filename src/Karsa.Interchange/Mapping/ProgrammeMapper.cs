using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>Reads one item of <c>programmes</c>.</summary>
internal static class ProgrammeMapper
{
    /// <summary>The programme, or null when it has errors (reported).</summary>
    public static Programme? ReadProgramme(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Programme);
        if (fields is null)
        {
            return null;
        }

        var code = context.ReadCode(fields.Required("code"), fields.PathOf("code"), c => new ProgrammeCode(c));
        var name = context.ReadText(fields.Required("name"), fields.PathOf("name"));
        var description = context.ReadString(fields.Optional("description"), fields.PathOf("description"));
        var dimension = context.ReadKey(fields.Required("dimension"), fields.PathOf("dimension"), PlanKeys.Dimensions);
        var element = context.ReadCode(fields.Required("element"), fields.PathOf("element"), c => new ElementCode(c));
        var kind = context.ReadKey(fields.Optional("kind"), fields.PathOf("kind"), PlanKeys.ProgrammeKinds) ?? ProgrammeKind.Other;
        var lead = context.ReadCode(fields.Required("lead"), fields.PathOf("lead"), c => new AgencyCode(c));
        var supporting = context.ReadValues(fields.Optional("supporting"), fields.PathOf("supporting"), (n, p) => context.ReadCode(n, p, c => new AgencyCode(c)));
        var quickWin = context.ReadBool(fields.Optional("quickWin"), fields.PathOf("quickWin")) ?? false;
        var mandatory = context.ReadBool(fields.Optional("mandatory"), fields.PathOf("mandatory")) ?? false;
        var status = context.ReadKey(fields.Optional("status"), fields.PathOf("status"), PlanKeys.DeliveryStatuses) ?? DeliveryStatus.New;
        var costed = fields.Optional("costs") is MappingNode { Entries.Count: > 0 };
        var duration = context.ReadInt(status == DeliveryStatus.New && costed ? fields.Required("duration") : fields.Optional("duration"), fields.PathOf("duration"));
        var (earliest, latest) = context.ReadStart(fields.Optional("start"), fields.PathOf("start"));
        var costs = context.ReadAmounts(fields.Optional("costs"), fields.PathOf("costs"), (y, s, a) => new CostLine(y, s, a));
        var dependsOn = context.ReadList(fields.Optional("dependsOn"), fields.PathOf("dependsOn"), context.ReadDependency);
        var alternatives = context.ReadString(fields.Optional("alternatives"), fields.PathOf("alternatives"));
        var scores = context.ReadCodeNumbers(fields.Optional("scores"), fields.PathOf("scores"), c => new CriterionCode(c), (c, s) => new CriterionScore(c, s));
        var indicators = context.ReadValues(fields.Optional("indicators"), fields.PathOf("indicators"), (n, p) => context.ReadCode(n, p, c => new IndicatorCode(c)));
        var locations = context.ReadValues(fields.Optional("locations"), fields.PathOf("locations"), (n, p) => context.ReadCode(n, p, c => new RegionCode(c)));
        var reference = context.ReadString(fields.Optional("reference"), fields.PathOf("reference"));
        var coLeads = context.ReadValues(fields.Optional("coLeads"), fields.PathOf("coLeads"), (n, p) => context.ReadCode(n, p, c => new AgencyCode(c)));
        var implementers = context.ReadList(fields.Optional("implementers"), fields.PathOf("implementers"), context.ReadImplementer);
        var startedIn = context.ReadYear(fields.Optional("startedIn"), fields.PathOf("startedIn"));
        var recurrence = context.ReadKey(fields.Optional("recurrence"), fields.PathOf("recurrence"), PlanKeys.Recurrences) ?? ProgrammeRecurrence.None;
        var renstra = context.ReadString(fields.Optional("renstra"), fields.PathOf("renstra"));
        var objective = context.ReadText(fields.Optional("objective"), fields.PathOf("objective"));
        var outputs = context.ReadList(fields.Optional("outputs"), fields.PathOf("outputs"), context.ReadResult);
        var outcomes = context.ReadList(fields.Optional("outcomes"), fields.PathOf("outcomes"), context.ReadResult);
        var canvas = context.ReadCanvas(fields.Optional("canvas"), fields.PathOf("canvas"));
        var benefitLife = context.ReadInt(fields.Optional("benefitLifeYears"), fields.PathOf("benefitLifeYears"));
        if (code is not { } c || name is null || dimension is not { } d || element is not { } e || lead is not { } l
            || (duration is null && status == DeliveryStatus.New && costed))
        {
            return null;
        }

        return context.TryBuild(
            () => new Programme(c, name, d, e, l, duration, costs, kind, description, supporting, quickWin, earliest, latest, dependsOn, mandatory,
                alternatives, scores, indicators, locations, reference, coLeads, implementers, status, startedIn, recurrence,
                objective: objective, outputs: outputs, outcomes: outcomes, renstraReference: renstra, serviceCanvas: canvas, benefitLifeYears: benefitLife),
            path, fields.Position, out var programme) ? programme : null;
    }

    private static (FiscalYear? Earliest, FiscalYear? Latest) ReadStart(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Start);
        return fields is null
            ? (null, null)
            : (context.ReadYear(fields.Optional("earliest"), fields.PathOf("earliest")), context.ReadYear(fields.Optional("latest"), fields.PathOf("latest")));
    }

    private static Implementer? ReadImplementer(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Implementer);
        if (fields is null)
        {
            return null;
        }

        var name = context.ReadString(fields.Required("name"), fields.PathOf("name"));
        var kind = context.ReadKey(fields.Optional("kind"), fields.PathOf("kind"), PlanKeys.ImplementerKinds) ?? ImplementerKind.Other;
        return name is not null && context.TryBuild(() => new Implementer(name, kind), path, node.Position, out var implementer) ? implementer : null;
    }

    private static Dependency? ReadDependency(this ReadContext context, Node node, string path)
    {
        if (node is not MappingNode)
        {
            return context.ReadCode(node, path, c => new ProgrammeCode(c)) is { } plain ? new Dependency(plain) : null;
        }

        var fields = Fields.Open(context, node, path, PlanFields.Dependency)!;
        var code = context.ReadCode(fields.Required("programme"), fields.PathOf("programme"), c => new ProgrammeCode(c));
        var lag = context.ReadInt(fields.Optional("lag"), fields.PathOf("lag")) ?? 0;
        return code is { } c && context.TryBuild(() => new Dependency(c, lag), path, node.Position, out var dependency) ? dependency : null;
    }
}
