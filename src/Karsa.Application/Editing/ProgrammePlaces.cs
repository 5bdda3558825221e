using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Programmes;

namespace Karsa.Application.Editing;

/// <summary>
/// Where the plan rules' problems about a programme saved from its form belong on the form. The rules
/// count a list's items (<c>PREFIX.dependsOn[k]</c>, <c>PREFIX.outputs[k]</c>, <c>PREFIX.outcomes[k]</c>)
/// without the blank rows the form skipped, so each index is replaced by the row it was typed in; a
/// location (<c>PREFIX.locations[k]</c>) is placed at the field it was typed in (districts or villages).
/// </summary>
/// <param name="Prefix">The programme's plan path.</param>
/// <param name="Rows">Per list, the form row of each item.</param>
/// <param name="LocationFields">The form field of each location, in the programme's order.</param>
internal sealed record ProgrammePlaces(string Prefix, IReadOnlyDictionary<string, IReadOnlyList<int>> Rows, IReadOnlyList<string> LocationFields)
{
    /// <summary>The places of <paramref name="programme"/>, read from <paramref name="fields"/> of the form of <paramref name="existing"/>.</summary>
    public static ProgrammePlaces Of(string prefix, FormFields fields, Masterplan plan, Programme? existing, Programme programme)
    {
        var years = ProgrammeResultRows.Years(plan, existing);
        var rows = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal)
        {
            ["dependsOn"] = [.. Enumerable.Range(0, ProgrammeLinks.DependencyRows(existing)).Where(row => fields.Text(ProgrammeLinks.DependencyProgramme(row)) is not null)],
            [ProgrammeResultRows.Outputs.List] = ProgrammeResultRows.Outputs.TypedRows(fields, existing, years),
            [ProgrammeResultRows.Outcomes.List] = ProgrammeResultRows.Outcomes.TypedRows(fields, existing, years),
        };
        return new ProgrammePlaces(prefix, rows, [.. programme.Locations.Select(ProgrammeLinks.FieldOf)]);
    }

    /// <summary><paramref name="problem"/> with its path at the form row or field it was typed in.</summary>
    public Diagnostic Place(Diagnostic problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var locations = Prefix.Field("locations") + "[";
        if (Index(problem.Path, locations) is { } location)
        {
            return location.Index < LocationFields.Count
                ? problem with { Path = Prefix.Field(LocationFields[location.Index]) + problem.Path[(location.Close + 1)..] }
                : problem with { Path = Prefix.Field(ProgrammeLinks.Districts) };
        }

        foreach (var (list, rows) in Rows)
        {
            var head = Prefix.Field(list) + "[";
            if (Index(problem.Path, head) is { } item && item.Index < rows.Count)
            {
                return problem with { Path = string.Create(CultureInfo.InvariantCulture, $"{head}{rows[item.Index]}{problem.Path[item.Close..]}") };
            }
        }

        return problem;
    }

    /// <summary>The index after <paramref name="head"/> (<c>...[</c>) in <paramref name="path"/> and where its closing bracket is, or null.</summary>
    private static (int Index, int Close)? Index(string path, string head)
    {
        var close = path.StartsWith(head, StringComparison.Ordinal) ? path.IndexOf(']', head.Length) : -1;
        return close >= 0 && int.TryParse(path.AsSpan(head.Length, close - head.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? (index, close)
            : null;
    }
}
