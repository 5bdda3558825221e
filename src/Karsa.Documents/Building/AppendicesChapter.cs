using Karsa.Documents.Model;
using Karsa.Documents.Text;

namespace Karsa.Documents.Building;

/// <summary>Buku II, last chapter: the full programme list, the glossary and any other narratives.</summary>
internal static class AppendicesChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var draft = new ChapterDraft(c, number, w.T("Lampiran", "Appendices"))
            .Section(w.T("Daftar Lengkap Program", "Full Programme List"));
        draft.Table(w.T("Seluruh program", "All programmes"),
            [
                TableColumn.Codes(w.T("Kode", "Code"), 2), new(w.T("Program", "Programme"), Width: 4), new(w.T("Dimensi", "Dimension"), Width: 2),
                new(w.T("Elemen", "Element"), Width: 2), new(w.T("Jenis", "Kind"), Width: 2), new(w.T("Durasi", "Years"), ColumnAlign.Right),
                new(w.T("Jangka", "Term"), Width: 2), new(w.T("Biaya total (Rp)", "Total cost (Rp)"), ColumnAlign.Right, 4),
            ],
            c.Plan.Programmes.Select(p => new TableRow([
                p.Code.Value, w.Of(p.Name), w.Of(p.Dimension), c.Plan.Catalogue.TryFind(p.Element, out var e) ? w.Of(e.Name) : p.Element.Value,
                w.Of(p.Kind), c.Duration(p), c.TermName(p), c.TotalCost(p),
            ])),
            compact: true);
        var described = c.Plan.Programmes.Where(p => p.Description is not null).ToList();
        if (described.Count > 0)
        {
            draft.Section(w.T("Uraian Program", "Programme Descriptions"));
            foreach (var programme in described)
            {
                draft.Add(new Subheading($"{programme.Code} {w.Of(programme.Name)}", 1));
                draft.Add(MarkdownBlocks.Parse(programme.Description!));
            }
        }

        RoadmapReasons.Appendix(c, draft);
        draft.Section(w.T("Glosarium", "Glossary"));
        draft.Table(w.T("Istilah dan singkatan", "Terms and abbreviations"),
            [new(w.T("Istilah", "Term"), Width: 1), new(w.T("Arti", "Meaning"), Width: 4)],
            Glossary(w, c.Content.Region.Kind == Domain.Regions.RegionKind.Kota).Select(g => new TableRow([g.Term, g.Meaning])));
        foreach (var narrative in c.Content.Narratives.Where(n => !c.PlacedNarratives.Contains(n.Key)))
        {
            draft.Section(narrative.Key);
            draft.Add(MarkdownBlocks.Parse(w.Of(narrative.Markdown)));
        }

        return draft.Build();
    }

    /// <summary>The terms the book uses; a city (<paramref name="kota"/>) enacts by Peraturan Wali Kota, a regency by Peraturan Bupati.</summary>
    private static IEnumerable<(string Term, string Meaning)> Glossary(Wording w, bool kota) =>
    [
        ("APBD", w.T("Anggaran Pendapatan dan Belanja Daerah", "Regional budget")),
        ("APBN", w.T("Anggaran Pendapatan dan Belanja Negara", "National budget")),
        ("CSR", w.T("Tanggung jawab sosial perusahaan", "Corporate social responsibility")),
        ("DAK", w.T("Dana Alokasi Khusus", "Special allocation fund")),
        ("KPBU", w.T("Kerja sama Pemerintah dan Badan Usaha", "Public-private partnership")),
        ("OPD", w.T("Organisasi perangkat daerah", "Regional agency")),
        kota ? ("Perwali", w.T("Peraturan Wali Kota", "Mayor's regulation")) : ("Perbup", w.T("Peraturan Bupati", "Regent's regulation")),
        ("Quick win", w.T("Program cepat dengan manfaat langsung bagi warga", "Fast programme with direct benefit to citizens")),
        ("Renstra", w.T("Rencana strategis perangkat daerah", "Agency strategic plan")),
        ("RPJMD", w.T("Rencana Pembangunan Jangka Menengah Daerah", "Regional medium-term development plan")),
        ("SPBE", w.T("Sistem Pemerintahan Berbasis Elektronik", "Electronic-based government system")),
    ];
}
