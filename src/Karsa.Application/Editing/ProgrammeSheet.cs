using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Application.Editing;

/// <summary>What the programme form reads of a programme's sheet.</summary>
/// <param name="Objective">What it sets out to achieve.</param>
/// <param name="Outputs">What it delivers.</param>
/// <param name="Outcomes">The change it brings about.</param>
/// <param name="RenstraReference">The lead agency's Renstra item.</param>
/// <param name="Canvas">The quick-win service canvas (null when empty).</param>
internal sealed record ProgrammeSheetValues(LocalizedText? Objective, ValueList<ProgrammeResult> Outputs, ValueList<ProgrammeResult> Outcomes,
    string? RenstraReference, ServiceCanvas? Canvas);

/// <summary>
/// The programme form's fields of its sheet, named as in the plan file: <c>objective.id</c> and
/// <c>objective.en</c>, <c>renstra</c>, the rows of <see cref="ProgrammeResultRows.Outputs"/> and
/// <see cref="ProgrammeResultRows.Outcomes"/>, and the service canvas (<c>canvas.problem.id</c>,
/// <c>canvas.users.en</c>, ..., <c>canvas.success.id</c>), each text in Indonesian and optionally English.
/// </summary>
public static class ProgrammeSheet
{
    /// <summary>The field of the objective (<c>.id</c> and <c>.en</c> below it).</summary>
    public const string Objective = "objective";

    /// <summary>The field of the Renstra reference.</summary>
    public const string Renstra = "renstra";

    /// <summary>The canvas's fields (<c>.id</c> and <c>.en</c> below each), in the canvas's order.</summary>
    public static IReadOnlyList<string> CanvasFields { get; } = ["canvas.problem", "canvas.users", "canvas.solution", "canvas.partners", "canvas.success"];

    /// <summary>Every field of the sheet of <paramref name="programme"/> (null: a new one) in <paramref name="plan"/>.</summary>
    public static IEnumerable<string> Fields(Masterplan plan, Programme? programme)
    {
        var years = ProgrammeResultRows.Years(plan, programme);
        return Bilingual(Objective).Append(Renstra)
            .Concat(ProgrammeResultRows.Outputs.Fields(programme, years))
            .Concat(ProgrammeResultRows.Outcomes.Fields(programme, years))
            .Concat(CanvasFields.SelectMany(Bilingual));
    }

    /// <summary>Adds <paramref name="programme"/>'s sheet to <paramref name="values"/>.</summary>
    internal static void Fill(Dictionary<string, string?> values, Programme programme)
    {
        SetText(values, Objective, programme.Objective);
        values[Renstra] = programme.RenstraReference;
        ProgrammeResultRows.Outputs.Fill(values, programme);
        ProgrammeResultRows.Outcomes.Fill(values, programme);
        var canvas = programme.ServiceCanvas;
        LocalizedText?[] texts = [canvas?.Problem, canvas?.Users, canvas?.Solution, canvas?.Partners, canvas?.SuccessMeasure];
        for (var i = 0; i < CanvasFields.Count; i++)
        {
            SetText(values, CanvasFields[i], texts[i]);
        }
    }

    /// <summary>The typed sheet; problems are recorded at their fields.</summary>
    internal static ProgrammeSheetValues Read(FieldReader read, Masterplan plan, Programme? existing)
    {
        var years = ProgrammeResultRows.Years(plan, existing);
        var objective = read.Localized(Objective, required: false);
        var outputs = ProgrammeResultRows.Outputs.Read(read, existing, years);
        var outcomes = ProgrammeResultRows.Outcomes.Read(read, existing, years);
        var canvas = CanvasFields.Select(f => read.Localized(f, required: false)).ToList();
        return new ProgrammeSheetValues(objective, outputs, outcomes, read.Fields.Text(Renstra),
            new ServiceCanvas(canvas[0], canvas[1], canvas[2], canvas[3], canvas[4]) is { IsEmpty: false } filled ? filled : null);
    }

    private static IEnumerable<string> Bilingual(string field) => [field.Field("id"), field.Field("en")];

    private static void SetText(Dictionary<string, string?> values, string field, LocalizedText? text)
    {
        values[field.Field("id")] = text?.Indonesian;
        values[field.Field("en")] = text?.English;
    }
}
