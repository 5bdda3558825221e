using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Application.Editing;

/// <summary>
/// The rows of a programme's outputs or outcomes on its form, named as in the plan file:
/// <c>outputs[0].statement.id</c>, <c>outputs[0].statement.en</c>, <c>outputs[0].indicator</c>,
/// <c>outputs[0].unit</c> and a target per year (<c>outputs[0].targets.2027</c>). The stored results
/// and a few blank rows to add more; a blank row adds nothing.
/// </summary>
public sealed class ProgrammeResultRows
{
    private readonly Func<Programme, ValueList<ProgrammeResult>> _stored;

    private ProgrammeResultRows(string list, Func<Programme, ValueList<ProgrammeResult>> stored) => (List, _stored) = (list, stored);

    /// <summary>The outputs: what the programme delivers.</summary>
    public static ProgrammeResultRows Outputs { get; } = new("outputs", p => p.Outputs);

    /// <summary>The outcomes: the change it brings about.</summary>
    public static ProgrammeResultRows Outcomes { get; } = new("outcomes", p => p.Outcomes);

    /// <summary>The list's plan-file key (<c>outputs</c> or <c>outcomes</c>).</summary>
    public string List { get; }

    /// <summary>The years a row has a target cell for: the plan period and any year a stored result of <paramref name="programme"/> has a target in.</summary>
    public static IReadOnlyList<int> Years(Masterplan plan, Programme? programme)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var period = Enumerable.Range(plan.Content.Period.First.Value, plan.Content.Period.Last.Value - plan.Content.Period.First.Value + 1);
        var stored = programme is null ? [] : programme.Outputs.Concat(programme.Outcomes).SelectMany(r => r.Targets).Select(t => t.Year.Value);
        return [.. period.Concat(stored).Distinct().Order()];
    }

    /// <summary>How many rows the form shows for <paramref name="programme"/> (null: a new one).</summary>
    public int Rows(Programme? programme) => FormRows.Count(programme is null ? 0 : _stored(programme).Count);

    /// <summary>The field of a row's statement (<c>.id</c> and <c>.en</c> below it).</summary>
    public string Statement(int row) => List.Item(row).Field("statement");

    /// <summary>The field of a row's indicator code.</summary>
    public string Indicator(int row) => List.Item(row).Field("indicator");

    /// <summary>The field of a row's unit.</summary>
    public string Unit(int row) => List.Item(row).Field("unit");

    /// <summary>The field of a row's target in <paramref name="year"/>.</summary>
    public string Target(int row, int year) => List.Item(row).Field("targets").Field(year.ToString(CultureInfo.InvariantCulture));

    /// <summary>Every field of the rows of <paramref name="programme"/>, with target cells for <paramref name="years"/>.</summary>
    public IEnumerable<string> Fields(Programme? programme, IReadOnlyList<int> years) =>
        Enumerable.Range(0, Rows(programme)).SelectMany(row => RowFields(row, years));

    /// <summary>Adds <paramref name="programme"/>'s results to <paramref name="values"/>.</summary>
    internal void Fill(Dictionary<string, string?> values, Programme programme)
    {
        var results = _stored(programme);
        for (var row = 0; row < results.Count; row++)
        {
            values[Statement(row).Field("id")] = results[row].Statement.Indonesian;
            values[Statement(row).Field("en")] = results[row].Statement.English;
            values[Indicator(row)] = results[row].Indicator?.Value;
            values[Unit(row)] = results[row].Unit;
            foreach (var target in results[row].Targets)
            {
                values[Target(row, target.Year.Value)] = FieldReading.Number(target.Value);
            }
        }
    }

    /// <summary>The rows of <paramref name="fields"/> that are filled in: the row of each result, in order.</summary>
    internal IReadOnlyList<int> TypedRows(FormFields fields, Programme? existing, IReadOnlyList<int> years) =>
        [.. Enumerable.Range(0, Rows(existing)).Where(row => !FormRows.IsBlank(fields, RowFields(row, years)))];

    /// <summary>
    /// The typed results, from the rows that are filled in, in row order. A row needs its statement;
    /// targets without a unit or an indicator are a problem at the row's unit (KRS153).
    /// </summary>
    internal ValueList<ProgrammeResult> Read(FieldReader read, Programme? existing, IReadOnlyList<int> years)
    {
        var results = new List<ProgrammeResult>();
        foreach (var row in TypedRows(read.Fields, existing, years))
        {
            var statement = read.Localized(Statement(row), required: true);
            IndicatorCode? indicator = read.Fields.Text(Indicator(row)) is { } code && read.TryBuild(Indicator(row), () => new IndicatorCode(code), out var typed)
                ? typed
                : null;
            var targets = years.Select(year => read.Decimal(Target(row, year)) is { } value ? new ResultTarget(new FiscalYear(year), value) : null)
                .OfType<ResultTarget>().ToValueList();
            if (statement is null)
            {
                continue;
            }

            try
            {
                results.Add(new ProgrammeResult(statement, indicator, read.Fields.Text(Unit(row)), targets));
            }
            catch (DomainException refused)
            {
                var path = List.Item(row);
                read.Problems.AddRange(refused.Problems.Select(p => p.Within(path)).Select(p => p.Path == path.Field("targets") ? p with { Path = Unit(row) } : p));
            }
        }

        return results.ToValueList();
    }

    private IEnumerable<string> RowFields(int row, IReadOnlyList<int> years) =>
        new[] { Statement(row).Field("id"), Statement(row).Field("en"), Indicator(row), Unit(row) }.Concat(years.Select(y => Target(row, y)));
}
