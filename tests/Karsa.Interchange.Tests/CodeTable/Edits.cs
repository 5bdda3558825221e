namespace Karsa.Interchange.Tests.CodeTable;

/// <summary>Minimal edits of <see cref="QuietPlan.Yaml"/> for <see cref="FileCase"/>s.</summary>
internal static class Edits
{
    /// <summary>Appends <paramref name="text"/> at line 30 (inside the programme list when it starts with "  - ").</summary>
    public static Func<string, string> Tail(string text) => plan => plan + text;

    /// <summary>Appends one programme (line 30, index 18) with the fields given.</summary>
    public static Func<string, string> Programme(string fields) => Tail($"  - {{{fields}}}\n");

    /// <summary>Replaces each <c>Find</c>, which must occur exactly once, by its <c>Replace</c>.</summary>
    public static Func<string, string> Swap(params (string Find, string Replace)[] swaps) => plan =>
    {
        foreach (var (find, replace) in swaps)
        {
            var at = plan.IndexOf(find, StringComparison.Ordinal);
            if (at < 0 || plan.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
            {
                throw new InvalidOperationException($"'{find}' must occur exactly once in the plan");
            }

            plan = string.Concat(plan.AsSpan(0, at), replace, plan.AsSpan(at + find.Length));
        }

        return plan;
    };

    /// <summary><paramref name="first"/>, then <paramref name="then"/>.</summary>
    public static Func<string, string> And(this Func<string, string> first, Func<string, string> then) => plan => then(first(plan));
}
