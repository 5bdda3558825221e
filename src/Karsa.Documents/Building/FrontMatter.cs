using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Plans;
using Karsa.Domain.Regions;

namespace Karsa.Documents.Building;

/// <summary>
/// The pages before the chapters, from the plan's <c>book</c>: the approval page (Lembar Pengesahan),
/// Kata Pengantar and Sambutan, unnumbered; and the cover's date line. What the plan lacks is a marked
/// template saying what to write, never stock text.
/// </summary>
internal static class FrontMatter
{
    /// <summary>The approval page, the foreword and the address, in that order.</summary>
    public static IReadOnlyList<Chapter> Build(BookContext c) => [ApprovalPage(c), Foreword(c), Address(c)];

    /// <summary>The cover's line with the book's issue date, or the marker when the plan has none.</summary>
    public static string CoverDate(BookContext c)
    {
        var w = c.W;
        return c.Content.BookMatter.IssueDate is { } date
            ? $"{w.T("Tanggal terbit", "Issued")} {ApprovalText.Day(w, date)}"
            : $"{w.T("Tanggal terbit", "Issued")}: {TemplateNote.Mark(w)}";
    }

    private static Chapter ApprovalPage(BookContext c)
    {
        var w = c.W;
        var heading = w.T("Lembar Pengesahan", "Approval Page");
        if (c.Content.BookMatter.Approval is not { } approval)
        {
            return new Chapter(heading, [TemplateNote.Paragraph(w, w.T(
                "Rencana belum mencatat peraturan kepala daerah yang menetapkan masterplan ini: jenis (misalnya Peraturan Bupati), nomor, tanggal dan judulnya.",
                "The plan does not record the regional head's regulation enacting this masterplan yet: its kind (e.g. a Regent's Regulation), number, date and title."))], []);
        }

        var blocks = new List<Block>
        {
            new Paragraph([new Run(w.Of(c.Content.Title), Bold: true)]),
            Paragraph.Plain(ApprovalText.Enacted(w, approval)),
        };
        var place = $"{w.T("Ditetapkan di", "Enacted at")} {c.Content.Region.Name}";
        blocks.Add(Paragraph.Plain(approval.Date is { } date ? $"{place}, {w.T("pada tanggal", "on")} {ApprovalText.Day(w, date)}" : place));
        blocks.AddRange(Signature(c, c.Content.BookMatter.Address, HeadTitle(c)));
        return new Chapter(heading, blocks, []);
    }

    private static Chapter Foreword(BookContext c)
    {
        var w = c.W;
        return Signed(c, w.T("Kata Pengantar", "Foreword"), c.Content.BookMatter.Foreword, null, w.T(
            "Kata pengantar masterplan, biasanya oleh ketua tim pelaksana atau kepala perangkat daerah perencana, dengan nama dan jabatan penandatangannya.",
            "The masterplan's foreword, usually by the head of the implementing team or of the planning agency, with the signer's name and office."));
    }

    private static Chapter Address(BookContext c)
    {
        var w = c.W;
        var head = HeadTitle(c);
        return Signed(c, $"{w.T("Sambutan", "Address of the")} {head}", c.Content.BookMatter.Address, head, w.T(
            $"Sambutan {head} atas masterplan ini, dengan nama {head}.",
            $"The {head}'s address on this masterplan, with the {head}'s name."));
    }

    private static Chapter Signed(BookContext c, string heading, SignedText? signed, string? defaultTitle, string missing)
    {
        if (signed is null)
        {
            return new Chapter(heading, [TemplateNote.Paragraph(c.W, missing)], []);
        }

        var blocks = new List<Block>(MarkdownBlocks.Parse(c.W.Of(signed.Text)));
        blocks.AddRange(Signature(c, signed, defaultTitle));
        return new Chapter(heading, blocks, []);
    }

    /// <summary>The signer's office and name; a marker where the plan lacks the name.</summary>
    private static IEnumerable<Block> Signature(BookContext c, SignedText? signer, string? defaultTitle)
    {
        var w = c.W;
        if ((signer?.Title is { } t ? w.Of(t) : defaultTitle) is { } title)
        {
            yield return Paragraph.Plain(title);
        }

        yield return signer?.Name is { } name
            ? new Paragraph([new Run(name, Bold: true)])
            : TemplateNote.Paragraph(w, w.T("nama penanda tangan", "the signer's name"));
    }

    /// <summary>"Bupati Karanganyar" or "Wali Kota ..." (English: "Regent of ...", "Mayor of ...").</summary>
    private static string HeadTitle(BookContext c)
    {
        var region = c.Content.Region;
        return region.Kind == RegionKind.Kota
            ? c.W.T($"Wali Kota {region.Name}", $"Mayor of {region.Name}")
            : c.W.T($"Bupati {region.Name}", $"Regent of {region.Name}");
    }
}
