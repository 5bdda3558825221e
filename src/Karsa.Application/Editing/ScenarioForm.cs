using System.Globalization;
using Karsa.Domain.Budget;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Application.Editing;

/// <summary>
/// The scenario form (<see cref="ItemForm.Scenarios"/>): <c>name</c>, <c>description.id</c>/<c>.en</c>,
/// rows of ceiling scalings (<c>scaleCeilings[i].factor</c>, <c>.source</c>, <c>.from</c>, <c>.to</c>;
/// a blank row is no scaling), the programmes forced in and out (<c>forceIn</c>, <c>forceOut</c>: codes
/// separated by commas), a weight per criterion of the plan (<c>weights.CRITERION</c>; blank keeps the
/// plan's) and <c>lastYear</c>. Ceilings the scenario sets outright are kept as they are.
/// </summary>
public static class ScenarioForm
{
    /// <summary>How many blank scaling rows the form offers after the scenario's own.</summary>
    public const int BlankRows = 3;

    private static readonly string[] ScaleParts = ["factor", "source", "from", "to"];

    /// <summary>The fields of scaling row <paramref name="row"/>: factor, source, from, to.</summary>
    public static IReadOnlyList<string> ScaleFields(int row) =>
        [.. ScaleParts.Select(f => string.Create(CultureInfo.InvariantCulture, $"scaleCeilings[{row}].{f}"))];

    /// <summary>The field of the weight of <paramref name="criterion"/>.</summary>
    public static string WeightField(string criterion) => $"weights.{criterion}";

    /// <summary>The scenarios' names, in order.</summary>
    public static IReadOnlyList<string> Keys(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Content.Scenarios.Select(s => s.Name)];
    }

    /// <summary>How many scaling rows the form of the scenario at <paramref name="index"/> (-1: a new one) has.</summary>
    public static int Rows(Masterplan plan, int index)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return (index >= 0 ? plan.Content.Scenarios[index].ScaleCeilings.Count : 0) + BlankRows;
    }

    /// <summary>Every field of the form of the scenario at <paramref name="index"/> (-1: a new one), in form order.</summary>
    public static IReadOnlyList<string> FieldsOf(Masterplan plan, int index)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return ["name", "description.id", "description.en", .. Enumerable.Range(0, Rows(plan, index)).SelectMany(ScaleFields),
            "forceIn", "forceOut", .. plan.Content.Criteria.Select(c => WeightField(c.Code.Value)), "lastYear"];
    }

    /// <summary>The form filled with the scenario at <paramref name="index"/>.</summary>
    public static FormFields Of(Masterplan plan, int index)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var scenario = plan.Content.Scenarios[index];
        var values = new Dictionary<string, string?>
        {
            ["name"] = scenario.Name,
            ["description.id"] = scenario.Description?.Indonesian,
            ["description.en"] = scenario.Description?.English,
            ["forceIn"] = string.Join(", ", scenario.ForceIn.Select(p => p.Value)),
            ["forceOut"] = string.Join(", ", scenario.ForceOut.Select(p => p.Value)),
            ["lastYear"] = scenario.LastYear?.Value.ToString(CultureInfo.InvariantCulture),
        };
        for (var row = 0; row < scenario.ScaleCeilings.Count; row++)
        {
            var (scale, fields) = (scenario.ScaleCeilings[row], ScaleFields(row));
            values[fields[0]] = FieldReading.Number(scale.Factor);
            values[fields[1]] = scale.Source?.Key;
            values[fields[2]] = scale.From?.Value.ToString(CultureInfo.InvariantCulture);
            values[fields[3]] = scale.To?.Value.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var weight in scenario.Weights)
        {
            values[WeightField(weight.Criterion.Value)] = FieldReading.Number(weight.Weight);
        }

        return new FormFields(values);
    }

    /// <summary>Removes the scenario named <paramref name="name"/>.</summary>
    public static PlanEdit Remove(string name) => new RemoveScenario(name);

    /// <summary>The <see cref="SetScenario"/> the typed values make of the scenario at <paramref name="index"/> (-1: a new one), or null.</summary>
    internal static PlanEdit? Read(Masterplan plan, int index, FieldReader read)
    {
        var existing = index >= 0 ? plan.Content.Scenarios[index] : null;
        var name = read.Text("name", required: true);
        var description = read.Localized("description", required: false);
        var scales = Scalings(read, Rows(plan, index), plan.Content.FundingSources);
        var forceIn = read.Codes("forceIn", code => new ProgrammeCode(code));
        var forceOut = read.Codes("forceOut", code => new ProgrammeCode(code));
        var weights = Weights(read, plan);
        var lastYear = read.Year("lastYear");
        if (name is null || read.Problems.Count > 0)
        {
            return null;
        }

        return read.TryBuild(string.Empty, () => new Scenario(name, description, scales, existing?.SetCeilings ?? default, forceIn, forceOut, weights, lastYear), out var scenario)
            ? new SetScenario(scenario, existing?.Name)
            : null;
    }

    private static ValueList<CeilingScale> Scalings(FieldReader read, int rows, FundingSourceCatalog sources)
    {
        var scales = new List<CeilingScale>();
        for (var row = 0; row < rows; row++)
        {
            var fields = ScaleFields(row);
            if (fields.All(f => read.Fields.Text(f) is null))
            {
                continue;
            }

            var factor = read.Decimal(fields[0]) ?? (read.Fields.Text(fields[0]) is null ? Missing(read, fields[0]) : null);
            FundingSource? source = read.Fields.Text(fields[1]) is null ? null : read.Key<FundingSource>(fields[1], sources.TryFind,
                key => Domain.Diagnostics.Problems.UnknownFundingSource(key, sources.Keys));
            var (from, to) = (read.Year(fields[2]), read.Year(fields[3]));
            if (factor is { } f && read.TryBuild($"scaleCeilings[{row}]", () => new CeilingScale(f, source, from, to), out var scale))
            {
                scales.Add(scale);
            }
        }

        return scales.ToValueList();
    }

    private static decimal? Missing(FieldReader read, string field)
    {
        read.Text(field, required: true);
        return null;
    }

    private static ValueList<CriterionWeight> Weights(FieldReader read, Masterplan plan) =>
        plan.Content.Criteria
            .Select(c => (c.Code, Weight: read.Decimal(WeightField(c.Code.Value))))
            .Where(w => w.Weight is not null)
            .Select(w => new CriterionWeight(w.Code, w.Weight!.Value))
            .ToValueList();
}
