using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Plans;
using Karsa.Domain.Programmes;

namespace Karsa.Documents.Building;

/// <summary>
/// Buku II: financing patterns and stakeholder roles from the plan's <c>sections.financing</c>: an
/// overview, the pattern per funding source (naming the sources programmes use without one) and the
/// stakeholders with their roles.
/// </summary>
internal static class FinancingChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var financing = c.Content.Sections.Financing;
        var draft = new ChapterDraft(c, number, w.T("Pola Pembiayaan dan Peran Pemangku Kepentingan", "Financing Patterns and Stakeholder Roles"));
        var used = c.Plan.Programmes.SelectMany(p => p.Costs).Select(l => l.Source).Distinct().Order().ToList();
        var parts = new[]
        {
            (Heading: w.T("gambaran umum pembiayaan", "an overview of the financing"), Given: financing?.Overview is not null),
            (Heading: w.T("pola pembiayaan per sumber dana", "the financing pattern per funding source"), Given: financing?.Patterns.Count > 0),
            (Heading: w.T("pemangku kepentingan dan perannya", "the stakeholders and their roles"), Given: financing?.Stakeholders.Count > 0),
        };
        var missing = parts.Where(p => !p.Given).Select(p => p.Heading).ToList();
        if (missing.Count > 0)
        {
            draft.Add(SectionedChapter.MissingNote(w, missing, missing.Count == parts.Length));
        }

        if (financing is null)
        {
            return UsedSources(draft, w, used).Build();
        }

        var tables = 0;
        if (financing.Overview is { } overview)
        {
            draft.Section(w.T("Gambaran Umum", "Overview")).Add(MarkdownBlocks.Parse(w.Of(overview)));
        }

        if (financing.Patterns.Count > 0)
        {
            draft.Section(w.T("Pola Pembiayaan per Sumber Dana", "Financing Pattern per Funding Source"))
                .Text(w.T(
                    $"{TemplateNote.TableLabel(c, number, ++tables)} menguraikan peruntukan setiap sumber dana dalam pelaksanaan masterplan.",
                    $"{TemplateNote.TableLabel(c, number, tables)} sets out what each funding source pays for."))
                .Table(w.T("Pola pembiayaan per sumber dana", "Financing pattern per funding source"),
                    [new(w.T("Sumber dana", "Funding source"), Width: 2), new(w.T("Pola pembiayaan", "Financing pattern"), Width: 7)],
                    financing.Patterns.Select(p => new TableRow([w.Of(p.Source), w.Of(p.Pattern)])));
            var without = used.Where(s => financing.Patterns.All(p => p.Source != s)).ToList();
            if (without.Count > 0)
            {
                draft.Add(TemplateNote.Paragraph(w, w.T(
                    $"Sumber dana yang dipakai program tetapi belum memiliki pola pembiayaan: {string.Join(", ", without.Select(w.Of))}.",
                    $"Funding sources programmes use that have no financing pattern yet: {string.Join(", ", without.Select(w.Of))}.")));
            }
        }
        else
        {
            UsedSources(draft, w, used);
        }

        if (financing.Stakeholders.Count > 0)
        {
            draft.Section(w.T("Peran Pemangku Kepentingan", "Stakeholder Roles"))
                .Text(w.T(
                    $"Pelaksanaan masterplan melibatkan {Wording.Number(financing.Stakeholders.Count)} kelompok pemangku kepentingan; peran masing-masing disajikan dalam {TemplateNote.TableLabel(c, number, ++tables)}.",
                    $"Carrying out the masterplan involves {Wording.Number(financing.Stakeholders.Count)} groups of stakeholders; {TemplateNote.TableLabel(c, number, tables)} gives the role of each."))
                .Table(w.T("Pemangku kepentingan dan perannya", "Stakeholders and their roles"),
                    [new(w.T("Pemangku kepentingan", "Stakeholder"), Width: 3), new(w.T("Peran", "Role"), Width: 6)],
                    financing.Stakeholders.Select(s => new TableRow([w.Of(s.Name), w.Of(s.Role)])));
        }

        return draft.Build();
    }

    /// <summary>Names the funding sources the programmes use (a fact of the plan), when they use any.</summary>
    private static ChapterDraft UsedSources(ChapterDraft draft, Wording w, List<FundingSource> used) =>
        used.Count == 0
            ? draft
            : draft.Text(w.T(
                $"Program dalam rencana aksi dibiayai dari: {string.Join(", ", used.Select(w.Of))}.",
                $"The action plan's programmes are funded from: {string.Join(", ", used.Select(w.Of))}."));
}
