using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Editing;

/// <summary>
/// The strategies form: rows of a dimension, a title in both languages and a description
/// (<c>strategies[0].dimension</c>, <c>strategies[0].title.id</c>, <c>strategies[0].title.en</c>,
/// <c>strategies[0].description</c>), in order; a blank row adds nothing.
/// </summary>
public static class StrategyForm
{
    /// <summary>The fields of row <paramref name="row"/>, in form order.</summary>
    public static IReadOnlyList<string> RowFields(int row)
    {
        var path = "strategies".Item(row);
        return [path.Field("dimension"), path.Field("title").Field("id"), path.Field("title").Field("en"), path.Field("description")];
    }

    /// <summary>How many rows the form shows for <paramref name="plan"/>: its strategies and blank ones.</summary>
    public static int Rows(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return FormRows.Count(plan.Content.Strategies.Count);
    }

    /// <summary>Every field of the form.</summary>
    public static IReadOnlyList<string> AllFields(Masterplan plan) => [.. Enumerable.Range(0, Rows(plan)).SelectMany(RowFields)];

    /// <summary>The form filled with <paramref name="plan"/>'s strategies.</summary>
    public static FormFields Of(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var values = new Dictionary<string, string?>();
        for (var row = 0; row < plan.Content.Strategies.Count; row++)
        {
            var (strategy, fields) = (plan.Content.Strategies[row], RowFields(row));
            values[fields[0]] = strategy.Dimension.Key();
            values[fields[1]] = strategy.Title.Indonesian;
            values[fields[2]] = strategy.Title.English;
            values[fields[3]] = strategy.Description;
        }

        return new FormFields(values);
    }

    /// <summary>A <see cref="SetStrategies"/> when the typed strategies differ from the stored ones, or the problems of the typed values.</summary>
    public static FormEdits Edits(Masterplan plan, FormFields fields)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var read = new FieldReader(fields);
        var strategies = new List<Strategy>();
        for (var row = 0; row < Rows(plan); row++)
        {
            var rowFields = RowFields(row);
            if (FormRows.IsBlank(fields, rowFields))
            {
                continue;
            }

            var path = "strategies".Item(row);
            var dimension = read.Key<Dimension>(rowFields[0], Dimensions.TryParse, Problems.UnknownDimension);
            var title = read.Localized(path.Field("title"), required: true);
            if (dimension is { } d && title is not null)
            {
                strategies.Add(new Strategy(d, title, fields.Text(rowFields[3])));
            }
        }

        if (read.Problems.Count > 0)
        {
            return FormEdits.Refused(read.Problems);
        }

        return strategies.SequenceEqual(plan.Content.Strategies) ? FormEdits.Of() : FormEdits.Of(new SetStrategies(strategies.ToValueList()));
    }
}
