using System.Globalization;
using Karsa.Domain.Diagnostics;

namespace Karsa.Web.Pages.Evaluation;

/// <summary>Puts a problem of a list built from a form's non-blank rows back at the form's row: <c>questions[1]</c> of the list is <c>questions[3]</c> of the form when rows 1 and 2 were blank.</summary>
public static class FormRows
{
    /// <summary><paramref name="problem"/> with <c>listPrefix[k]</c> replaced by <c>formPrefix[rows[k]]</c>; any other problem as it is.</summary>
    public static Diagnostic OnForm(Diagnostic problem, string listPrefix, string formPrefix, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(rows);
        var prefix = listPrefix + "[";
        if (!problem.Path.StartsWith(prefix, StringComparison.Ordinal) || problem.Path.IndexOf(']', StringComparison.Ordinal) is not (> 0 and var end)
            || !int.TryParse(problem.Path[prefix.Length..end], CultureInfo.InvariantCulture, out var at) || at >= rows.Count)
        {
            return problem;
        }

        return problem with { Path = formPrefix + "[" + rows[at].ToString(CultureInfo.InvariantCulture) + problem.Path[end..] };
    }
}
