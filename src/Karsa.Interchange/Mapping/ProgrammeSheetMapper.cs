using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>Reads the sheet fields of a programme: its outputs and outcomes and its service canvas.</summary>
internal static class ProgrammeSheetMapper
{
    /// <summary>One item of <c>outputs</c> or <c>outcomes</c>, or null when it has errors (reported).</summary>
    public static ProgrammeResult? ReadResult(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Result);
        if (fields is null)
        {
            return null;
        }

        var statement = context.ReadText(fields.Required("statement"), fields.PathOf("statement"));
        var indicator = context.ReadCode(fields.Optional("indicator"), fields.PathOf("indicator"), c => new IndicatorCode(c));
        var unit = context.ReadString(fields.Optional("unit"), fields.PathOf("unit"));
        var targets = new List<ResultTarget>();
        context.ReadYearEntries(fields.Optional("targets"), fields.PathOf("targets"), (year, value, yearPath) =>
        {
            if (context.ReadDecimal(value, yearPath) is { } target)
            {
                targets.Add(new ResultTarget(year, target));
            }
        });
        return statement is not null &&
            context.TryBuild(() => new ProgrammeResult(statement, indicator, unit, targets.ToValueList()), path, fields.Position, out var result)
            ? result
            : null;
    }

    /// <summary><c>canvas</c>; null when absent, not a mapping (reported) or empty.</summary>
    public static ServiceCanvas? ReadCanvas(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Canvas);
        if (fields is null)
        {
            return null;
        }

        var canvas = new ServiceCanvas(
            context.ReadText(fields.Optional("problem"), fields.PathOf("problem")),
            context.ReadText(fields.Optional("users"), fields.PathOf("users")),
            context.ReadText(fields.Optional("solution"), fields.PathOf("solution")),
            context.ReadText(fields.Optional("partners"), fields.PathOf("partners")),
            context.ReadText(fields.Optional("success"), fields.PathOf("success")));
        return canvas.IsEmpty ? null : canvas;
    }
}
