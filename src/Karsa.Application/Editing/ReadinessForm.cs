using Karsa.Application.Common;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Readiness;

namespace Karsa.Application.Editing;

/// <summary>
/// The readiness form: a grid of the six dimensions and three pillars, each cell a score and a note
/// (<c>readiness.dimensions.governance.struktur.score</c>, <c>...struktur.note</c>), and a note per
/// dimension (<c>readiness.dimensions.governance.note</c>). A dimension left blank has no assessment;
/// a pillar left blank is not assessed. Scores off the plan's scale are the plan's rule (KRS016).
/// </summary>
public static class ReadinessForm
{
    /// <summary>The field of the score of <paramref name="dimension"/> on <paramref name="pillar"/>.</summary>
    public static string Score(Dimension dimension, Pillar pillar) => PlanPaths.Readiness(dimension.Key()).Field(Key(pillar)).Field("score");

    /// <summary>The field of the note on that score.</summary>
    public static string Note(Dimension dimension, Pillar pillar) => PlanPaths.Readiness(dimension.Key()).Field(Key(pillar)).Field("note");

    /// <summary>The field of the note on <paramref name="dimension"/> as a whole.</summary>
    public static string Note(Dimension dimension) => PlanPaths.Readiness(dimension.Key()).Field("note");

    /// <summary>Every field, dimension by dimension.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        [.. Dimensions.All.SelectMany(d => Enum.GetValues<Pillar>().SelectMany(p => new[] { Score(d, p), Note(d, p) }).Append(Note(d)))];

    /// <summary>The form filled with <paramref name="plan"/>'s readiness.</summary>
    public static FormFields Of(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var values = new Dictionary<string, string?>();
        foreach (var assessment in plan.Content.Readiness)
        {
            values[Note(assessment.Dimension)] = assessment.Narrative;
            foreach (var pillar in assessment.Pillars)
            {
                values[Score(assessment.Dimension, pillar.Pillar)] = IndonesianNumbers.FormatDecimal(pillar.Score, Math.Min((int)pillar.Score.Scale, 4));
                values[Note(assessment.Dimension, pillar.Pillar)] = pillar.Narrative;
            }
        }

        return new FormFields(values);
    }

    /// <summary>
    /// One <see cref="SetReadiness"/> per dimension whose typed assessment differs from the stored one
    /// (a <see cref="ClearReadiness"/> when it was emptied), or the problems of the typed values.
    /// </summary>
    public static FormEdits Edits(Masterplan plan, FormFields fields)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var read = new FieldReader(fields);
        var edits = new List<PlanEdit>();
        foreach (var dimension in Dimensions.All)
        {
            var typed = Read(read, dimension);
            if (typed != plan.Content.Readiness.FirstOrDefault(r => r.Dimension == dimension))
            {
                edits.Add(typed is null ? new ClearReadiness(dimension) : new SetReadiness(typed));
            }
        }

        return read.Problems.Count > 0 ? FormEdits.Refused(read.Problems) : new FormEdits(edits, []);
    }

    private static string Key(Pillar pillar) => pillar.ToString().ToLowerInvariant();

    private static ReadinessAssessment? Read(FieldReader read, Dimension dimension)
    {
        var pillars = new List<PillarScore>();
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            var note = read.Fields.Text(Note(dimension, pillar));
            if (read.Decimal(Score(dimension, pillar)) is { } score)
            {
                pillars.Add(new PillarScore(pillar, score, note));
            }
            else if (note is not null && read.Fields.Text(Score(dimension, pillar)) is null)
            {
                read.Problems.Add(Problems.MissingField(Score(dimension, pillar)).Under(Score(dimension, pillar)));
            }
        }

        var narrative = read.Fields.Text(Note(dimension));
        return pillars.Count == 0 && narrative is null ? null : new ReadinessAssessment(dimension, pillars.ToValueList(), narrative);
    }
}
