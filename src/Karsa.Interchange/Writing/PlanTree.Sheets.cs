using Karsa.Domain.Programmes;
using Karsa.Interchange.Tree;
using static Karsa.Interchange.Writing.TreeFactory;

namespace Karsa.Interchange.Writing;

/// <summary>The sheet parts of a programme in <see cref="PlanTree"/>: outputs and outcomes, and the service canvas.</summary>
internal static partial class PlanTree
{
    private static MappingNode Result(ProgrammeResult result) => new MapBuilder(compact: true)
        .Add("statement", Text(result.Statement))
        .Add("indicator", result.Indicator is { } indicator ? String(indicator.Value) : null)
        .Add("unit", OptionalString(result.Unit))
        .Add("targets", CodeNumbers(result.Targets.Select(t => (Year(t.Year), t.Value))))
        .Node;

    private static MappingNode? Canvas(ServiceCanvas? canvas) => canvas is null
        ? null
        : new MapBuilder()
            .Add("problem", OptionalText(canvas.Problem))
            .Add("users", OptionalText(canvas.Users))
            .Add("solution", OptionalText(canvas.Solution))
            .Add("partners", OptionalText(canvas.Partners))
            .Add("success", OptionalText(canvas.SuccessMeasure))
            .NodeOrNull;
}
