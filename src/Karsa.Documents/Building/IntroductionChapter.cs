using Karsa.Documents.Model;

namespace Karsa.Documents.Building;

/// <summary>Buku I, chapter 1: background, purpose, legal basis and scope.</summary>
internal static class IntroductionChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var region = c.Content.Region.FullName;
        var period = c.Plan.Period.ToString();
        return new ChapterDraft(c, number, w.T("Pendahuluan", "Introduction"))
            .Section(w.T("Latar Belakang", "Background"))
            .Narrative("background", w.T(
                $"{region} mengikuti Gerakan Menuju 100 Smart City dan menyusun masterplan smart city untuk periode {period}.",
                $"{region} takes part in the Movement Towards 100 Smart Cities and sets out its smart city masterplan for {period}."))
            .Section(w.T("Maksud dan Tujuan", "Purpose"))
            .NarrativeOrTemplate("purpose", w.T(
                "Maksud dan tujuan masterplan, misalnya: acuan perangkat daerah dalam merencanakan, menganggarkan dan melaksanakan program smart city secara terpadu dan terukur.",
                "The masterplan's purpose, e.g. to guide the regional agencies in planning, budgeting and carrying out smart city programmes in a joined-up, measurable way."))
            .Section(w.T("Dasar Hukum", "Legal Basis"))
            .NarrativeOrTemplate("legal-basis", w.T(
                "Daftar peraturan yang menjadi dasar masterplan, diperiksa Bagian Hukum. Rujukan yang lazim:",
                "The regulations the masterplan rests on, checked by the legal office. Usual references:"))
            .Add(LegalBasis(c))
            .Section(w.T("Ruang Lingkup", "Scope"))
            .Narrative("scope", w.T(
                $"Masterplan mencakup enam dimensi smart city, {c.Plan.Programmes.Count} program, dan periode {period} yang dibagi menjadi quick win, jangka pendek, jangka menengah dan jangka panjang.",
                $"The masterplan covers the six smart city dimensions, {c.Plan.Programmes.Count} programmes and the period {period}, divided into quick wins, short, medium and long term."))
            .Build();
    }

    /// <summary>Usual references as a highlighted template list, when the plan gives no legal basis of its own.</summary>
    private static IEnumerable<Block> LegalBasis(BookContext c) => c.Narrative("legal-basis") is not null
        ? []
        : [new BulletList([.. LegalReferences(c).Select(t => (IReadOnlyList<Run>)[new Run(t, Template: true)])])];

    private static IEnumerable<string> LegalReferences(BookContext c) =>
        [
            c.W.T("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah", "Law 23/2014 on Regional Government"),
            c.W.T("Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik", "Presidential Regulation 95/2018 on Electronic-Based Government"),
            c.W.T("Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia", "Presidential Regulation 39/2019 on One Data Indonesia"),
            c.W.T("RPJMD dan Renstra perangkat daerah yang berlaku", "The regional medium-term plan (RPJMD) and the agencies' strategic plans (Renstra) in force"),
        ];
}
