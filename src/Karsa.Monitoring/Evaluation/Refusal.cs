using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation;

/// <summary>How the evaluation model refuses invalid values: every problem found, in one <see cref="DomainException"/>.</summary>
internal static class Refusal
{
    /// <summary>Throws when <paramref name="problems"/> holds any problem.</summary>
    public static void ThrowIfAny(IReadOnlyList<Diagnostic> problems)
    {
        if (problems.Count > 0)
        {
            throw new DomainException(problems);
        }
    }

    /// <summary>KRS016 for a number below or at zero that must be positive, at <paramref name="path"/>.</summary>
    public static Diagnostic NotPositive(LocalizedText field, decimal value, string path) =>
        Problems.OutOfRange(field, Text(value), "> 0").Under(path);

    /// <summary>A number as written in messages and paths (invariant culture).</summary>
    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
