using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Application.Editing;

/// <summary>
/// The form of one funding source the plan adds (<see cref="ItemForm.FundingSources"/>): <c>key</c>,
/// <c>name.id</c>, <c>name.en</c>, <c>description.id</c> and <c>description.en</c>. The national
/// defaults are not items of this list: they cannot be changed or removed.
/// </summary>
public static class FundingSourceForm
{
    /// <summary>The fields, in form order.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["key", "name.id", "name.en", "description.id", "description.en"];

    /// <summary>The keys of the sources the plan adds, in order.</summary>
    public static IReadOnlyList<string> Keys(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Content.FundingSources.Additions.Select(d => d.Source.Key)];
    }

    /// <summary>The form filled with the source the plan adds at <paramref name="index"/>.</summary>
    public static FormFields Of(Masterplan plan, int index)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var source = plan.Content.FundingSources.Additions[index];
        return new FormFields(new Dictionary<string, string?>
        {
            ["key"] = source.Source.Key,
            ["name.id"] = source.Name.Indonesian,
            ["name.en"] = source.Name.English,
            ["description.id"] = source.Description?.Indonesian,
            ["description.en"] = source.Description?.English,
        });
    }

    /// <summary>Removes the source with <paramref name="key"/>.</summary>
    public static PlanEdit Remove(string key) => new RemoveFundingSource(new FundingSource(key));

    /// <summary>The <see cref="SetFundingSource"/> the typed values make of the source at <paramref name="index"/> (-1: a new one), or null.</summary>
    internal static PlanEdit? Read(Masterplan plan, int index, FieldReader read)
    {
        var typedKey = read.Text("key", required: true);
        var typed = typedKey is not null && read.TryBuild("key", () => new FundingSource(typedKey), out var key) ? key : (FundingSource?)null;
        var name = read.Localized("name", required: true);
        var description = read.Localized("description", required: false);
        if (typed is not { } source || name is null || read.Problems.Count > 0)
        {
            return null;
        }

        return new SetFundingSource(new FundingSourceDefinition(source, name, description),
            index >= 0 ? plan.Content.FundingSources.Additions[index].Source : null);
    }
}
