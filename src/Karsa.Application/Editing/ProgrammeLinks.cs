using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Application.Editing;

/// <summary>
/// The programme form's ties to the rest of the plan, named as in the plan file: a score per criterion
/// of the plan (<c>scores.urgency</c>), dependencies as rows of a programme and a lag
/// (<c>dependsOn[0].programme</c>, <c>dependsOn[0].lag</c>), linked indicators (<c>indicators</c>), and
/// the plan's <c>locations</c> as served districts (<c>districts</c>, choices) and villages (<c>villages</c>,
/// typed codes), each a list of codes.
/// </summary>
public static class ProgrammeLinks
{
    /// <summary>The field of the linked indicator codes.</summary>
    public const string Indicators = "indicators";

    /// <summary>The field of the served district codes.</summary>
    public const string Districts = "districts";

    /// <summary>The field of the served village codes (Home Affairs codes of level 4, e.g. 33.13.01.2001).</summary>
    public const string Villages = "villages";

    /// <summary>The field of the score on <paramref name="criterion"/>.</summary>
    public static string Score(CriterionCode criterion) => "scores".Field(criterion.Value);

    /// <summary>The field of the programme a dependency row names.</summary>
    public static string DependencyProgramme(int row) => "dependsOn".Item(row).Field("programme");

    /// <summary>The field of a dependency row's lag in years.</summary>
    public static string DependencyLag(int row) => "dependsOn".Item(row).Field("lag");

    /// <summary>How many dependency rows the form shows: the programme's dependencies and blank ones.</summary>
    public static int DependencyRows(Programme? programme) => FormRows.Count(programme?.DependsOn.Count ?? 0);

    /// <summary>The fields of the scores and the dependency rows (the lists are in <see cref="ProgrammeForm.Fields"/>).</summary>
    public static IEnumerable<string> Fields(Masterplan plan, Programme? programme)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Content.Criteria.Select(c => Score(c.Code))
            .Concat(Enumerable.Range(0, DependencyRows(programme)).SelectMany(row => new[] { DependencyProgramme(row), DependencyLag(row) }));
    }

    /// <summary>Adds <paramref name="programme"/>'s scores, dependencies, indicators and districts to <paramref name="values"/>.</summary>
    internal static void Fill(Dictionary<string, string?> values, Programme programme)
    {
        foreach (var score in programme.Scores)
        {
            values[Score(score.Criterion)] = IndonesianNumbers.FormatDecimal(score.Score, Math.Min((int)score.Score.Scale, 4));
        }

        for (var row = 0; row < programme.DependsOn.Count; row++)
        {
            values[DependencyProgramme(row)] = programme.DependsOn[row].Programme.Value;
            values[DependencyLag(row)] = programme.DependsOn[row].LagYears.ToString(CultureInfo.InvariantCulture);
        }

        values[Indicators] = string.Join(",", programme.Indicators.Select(i => i.Value));
        values[Districts] = string.Join(",", programme.Locations.Where(l => !IsVillage(l)).Select(d => d.Value));
        values[Villages] = string.Join("\n", programme.Locations.Where(IsVillage).Select(d => d.Value));
    }

    /// <summary>
    /// The typed locations: the ticked districts, then the typed villages; when they are the places
    /// <paramref name="existing"/> has, its order is kept (an unchanged form changes nothing).
    /// </summary>
    internal static ValueList<RegionCode> Locations(FieldReader read, Programme? existing)
    {
        var typed = read.Codes(Districts, text => new RegionCode(text)).Concat(read.Codes(Villages, text => new RegionCode(text))).ToValueList();
        return existing is not null && typed.Count == existing.Locations.Count && typed.ToHashSet().SetEquals(existing.Locations) ? existing.Locations : typed;
    }

    /// <summary>The form field a location is typed in: a village's code in <see cref="Villages"/>, any other in <see cref="Districts"/>.</summary>
    internal static string FieldOf(RegionCode location) => IsVillage(location) ? Villages : Districts;

    private static bool IsVillage(RegionCode location) => location.Level >= 4;

    /// <summary>The typed scores on the plan's criteria (a blank one is no score).</summary>
    internal static ValueList<CriterionScore> Scores(FieldReader read, Masterplan plan) =>
        plan.Content.Criteria.Select(c => read.Decimal(Score(c.Code)) is { } score ? new CriterionScore(c.Code, score) : null)
            .OfType<CriterionScore>().ToValueList();

    /// <summary>
    /// The typed dependencies, from the rows that name a programme (a blank lag is 0), in row order; a
    /// lag without a programme is a missing programme.
    /// </summary>
    internal static ValueList<Dependency> Dependencies(FieldReader read, int rows)
    {
        var dependencies = new List<Dependency>();
        for (var row = 0; row < rows; row++)
        {
            var (field, lagField) = (DependencyProgramme(row), DependencyLag(row));
            var lag = read.Int(lagField, required: false);
            var lagUnreadable = lag is null && read.Fields.Text(lagField) is not null;
            if (read.Fields.Text(field) is not { } typed)
            {
                if (lag is not null)
                {
                    read.Text(field, required: true); // a lag without its programme: the programme is missing
                }

                continue;
            }

            if (read.TryBuild(field, () => new ProgrammeCode(typed), out var code) && !lagUnreadable
                && read.TryBuild("dependsOn".Item(row), () => new Dependency(code, lag ?? 0), out var dependency))
            {
                dependencies.Add(dependency);
            }
        }

        return dependencies.ToValueList();
    }
}
