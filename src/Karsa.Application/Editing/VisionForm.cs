using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Editing;

/// <summary>
/// The vision and missions form: <c>vision.id</c>, <c>vision.en</c>, and the missions one a line in
/// <c>missions</c> (Indonesian) and <c>missions.en</c> (English, line by line with the Indonesian).
/// </summary>
public static class VisionForm
{
    /// <summary>The fields.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["vision.id", "vision.en", "missions", "missions.en"];

    /// <summary>The form filled with <paramref name="plan"/>'s vision and missions.</summary>
    public static FormFields Of(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var content = plan.Content;
        return new FormFields(new Dictionary<string, string?>
        {
            ["vision.id"] = content.Vision?.Indonesian,
            ["vision.en"] = content.Vision?.English,
            ["missions"] = string.Join("\n", content.Missions.Select(m => m.Indonesian)),
            ["missions.en"] = content.Missions.Any(m => m.English is not null) ? string.Join("\n", content.Missions.Select(m => m.English ?? string.Empty)) : null,
        });
    }

    /// <summary>The edits the typed vision and missions make, or their problems (<c>vision.id</c>, <c>missions[i].id</c>).</summary>
    public static FormEdits Edits(FormFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var read = new FieldReader(fields);
        var vision = read.Localized("vision", required: false);
        var indonesian = Lines(fields["missions"]);
        var english = Lines(fields["missions.en"]);
        var missions = new List<LocalizedText>();
        for (var i = 0; i < Math.Max(indonesian.Count, english.Count); i++)
        {
            var (id, en) = (i < indonesian.Count ? indonesian[i] : string.Empty, i < english.Count ? english[i] : null);
            if (read.TryBuild($"missions[{i}]", () => new LocalizedText(id, en), out var mission))
            {
                missions.Add(mission);
            }
        }

        return read.Problems.Count > 0
            ? FormEdits.Refused(read.Problems)
            : FormEdits.Of(new SetVision(vision), new SetMissions(missions.ToValueList()));
    }

    private static List<string> Lines(string text) =>
        [.. text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Reverse().SkipWhile(l => l.Length == 0).Reverse()];
}
