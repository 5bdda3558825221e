using System.Globalization;
using Karsa.Domain.Agencies;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Editing;

/// <summary>The agency form (<see cref="ItemForm.Agencies"/>): <c>code</c>, <c>name</c>, <c>kind</c> and <c>capacity</c> of one agency.</summary>
public static class AgencyForm
{
    /// <summary>The fields, in form order.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["code", "name", "kind", "capacity"];

    /// <summary>The agencies' codes, in order.</summary>
    public static IReadOnlyList<string> Keys(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Content.Agencies.Select(a => a.Code.Value)];
    }

    /// <summary>The form filled with the agency at <paramref name="index"/>.</summary>
    public static FormFields Of(Masterplan plan, int index)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var agency = plan.Content.Agencies[index];
        return new FormFields(new Dictionary<string, string?>
        {
            ["code"] = agency.Code.Value,
            ["name"] = agency.Name,
            ["kind"] = agency.Kind.ToString(),
            ["capacity"] = agency.Capacity?.ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Removes the agency with <paramref name="code"/>.</summary>
    public static PlanEdit Remove(string code) => new RemoveAgency(new AgencyCode(code));

    /// <summary>The <see cref="SetAgency"/> the typed values make of the agency at <paramref name="index"/> (-1: a new one), or null.</summary>
    internal static PlanEdit? Read(Masterplan plan, int index, FieldReader read)
    {
        var hasCode = read.TryBuild("code", () => new AgencyCode(read.Fields.Text("code") ?? string.Empty), out var code);
        var name = read.Text("name", required: true);
        var kind = read.Choice<AgencyKind>("kind");
        var capacity = read.Int("capacity", required: false);
        if (!hasCode || name is null || kind is null || read.Problems.Count > 0)
        {
            return null;
        }

        return read.TryBuild(string.Empty, () => new Agency(code, name, kind.Value, capacity), out var agency)
            ? new SetAgency(agency, index >= 0 ? plan.Content.Agencies[index].Code : null)
            : null;
    }
}
