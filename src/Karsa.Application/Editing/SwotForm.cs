using Karsa.Domain.Catalogue;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Readiness;

namespace Karsa.Application.Editing;

/// <summary>
/// The SWOT form: four quadrants of rows, each an item's text and optional dimension
/// (<c>swot.strengths[0].text</c>, <c>swot.strengths[0].dimension</c>); a blank row adds nothing, a
/// dimension without a text is an empty item (KRS007).
/// </summary>
public static class SwotForm
{
    /// <summary>The quadrants in plan-file order.</summary>
    public static IReadOnlyList<SwotKind> Quadrants { get; } = Enum.GetValues<SwotKind>();

    /// <summary>The plan path of <paramref name="kind"/>'s items (<c>swot.strengths</c>, ...).</summary>
    public static string PathOf(SwotKind kind) => "swot".Field(kind switch
    {
        SwotKind.Strength => "strengths",
        SwotKind.Weakness => "weaknesses",
        SwotKind.Opportunity => "opportunities",
        _ => "threats",
    });

    /// <summary>The field of the text of row <paramref name="row"/> of <paramref name="kind"/>.</summary>
    public static string Text(SwotKind kind, int row) => PathOf(kind).Item(row).Field("text");

    /// <summary>The field of the dimension of row <paramref name="row"/> of <paramref name="kind"/>.</summary>
    public static string Dimension(SwotKind kind, int row) => PathOf(kind).Item(row).Field("dimension");

    /// <summary>How many rows <paramref name="kind"/> shows in <paramref name="plan"/>: its items and blank ones.</summary>
    public static int Rows(Masterplan plan, SwotKind kind)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return FormRows.Count(plan.Content.Swot.Count(s => s.Kind == kind));
    }

    /// <summary>Every field of the form.</summary>
    public static IReadOnlyList<string> AllFields(Masterplan plan) =>
        [.. Quadrants.SelectMany(kind => Enumerable.Range(0, Rows(plan, kind)).SelectMany(row => new[] { Text(kind, row), Dimension(kind, row) }))];

    /// <summary>The form filled with <paramref name="plan"/>'s SWOT items.</summary>
    public static FormFields Of(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var values = new Dictionary<string, string?>();
        foreach (var kind in Quadrants)
        {
            var items = plan.Content.Swot.Where(s => s.Kind == kind).ToList();
            for (var row = 0; row < items.Count; row++)
            {
                values[Text(kind, row)] = items[row].Text;
                values[Dimension(kind, row)] = items[row].Dimension?.Key();
            }
        }

        return new FormFields(values);
    }

    /// <summary>One <see cref="SetSwot"/> per quadrant whose typed items differ from the stored ones, or the problems of the typed values.</summary>
    public static FormEdits Edits(Masterplan plan, FormFields fields)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var read = new FieldReader(fields);
        var edits = new List<PlanEdit>();
        foreach (var kind in Quadrants)
        {
            var items = new List<SwotItem>();
            for (var row = 0; row < Rows(plan, kind); row++)
            {
                var (text, dimension) = (Text(kind, row), Dimension(kind, row));
                if (FormRows.IsBlank(fields, [text, dimension]))
                {
                    continue;
                }

                var concerns = FormRows.OptionalDimension(read, dimension);
                if (read.TryBuild(PathOf(kind).Item(row), () => new SwotItem(kind, fields.Text(text) ?? string.Empty, concerns), out var item))
                {
                    items.Add(item);
                }
            }

            if (!items.SequenceEqual(plan.Content.Swot.Where(s => s.Kind == kind)))
            {
                edits.Add(new SetSwot(kind, items.ToValueList()));
            }
        }

        return read.Problems.Count > 0 ? FormEdits.Refused(read.Problems) : new FormEdits(edits, []);
    }
}
