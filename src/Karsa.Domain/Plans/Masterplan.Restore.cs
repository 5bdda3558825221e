using Karsa.Domain.Diagnostics;

namespace Karsa.Domain.Plans;

public sealed partial class Masterplan
{
    /// <summary>
    /// Makes a plan from content that was valid when it was stored (e.g. a published version), without
    /// re-judging it by today's rules: every rule it now breaks is kept as a warning with its code, so a
    /// stored plan always loads and exports as it was. New or edited content goes through
    /// <see cref="Create"/> instead.
    /// </summary>
    public static Masterplan Restore(MasterplanContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = MasterplanRules.Check(content);
        return new Masterplan(content, [.. problems.Select(p => p.Severity == Severity.Error ? p with { Severity = Severity.Warning } : p)]);
    }
}
