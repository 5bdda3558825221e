using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;

namespace Karsa.Documents.Evaluation;

/// <summary>The evaluator's findings, one section per kind: strengths, weaknesses, recommendations, in the evaluator's order.</summary>
internal static class FindingsChapter
{
    public static Chapter Build(EvaluationReportInput input, Wording w, int number)
    {
        var chapter = new ReportChapter(w, number, w.T("Temuan", "Findings"));
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            var findings = input.Result.Findings.Where(f => f.Kind == kind).ToList();
            chapter.Section(Heading(kind, w)).Add(findings.Count == 0
                ? Paragraph.Plain(w.T("Tidak ada.", "None."))
                : BulletList.Plain(findings.Select(f => Line(f, w))));
        }

        return chapter.Build();
    }

    /// <summary>"Kekuatan", "Kelemahan", "Rekomendasi" or the English names.</summary>
    public static string Heading(FindingKind kind, Wording w) => kind switch
    {
        FindingKind.Strength => w.T("Kekuatan", "Strengths"),
        FindingKind.Weakness => w.T("Kelemahan", "Weaknesses"),
        _ => w.T("Rekomendasi", "Recommendations"),
    };

    /// <summary>The finding's text, followed by the dimensions it concerns: "No council yet — Output".</summary>
    private static string Line(Finding finding, Wording w)
    {
        string?[] concerns = [finding.EvaluationDimension?.Name() is { } e ? w.Of(e) : null, finding.SmartCityDimension is { } c ? w.Of(c) : null];
        var tags = string.Join(", ", concerns.OfType<string>());
        return tags.Length == 0 ? w.Of(finding.Text) : $"{w.Of(finding.Text)} — {tags}";
    }
}
