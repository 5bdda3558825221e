using Karsa.Documents.Model;

namespace Karsa.Documents.Building;

/// <summary>Buku II, chapter 7: implementation governance: council, reporting calendar, evaluation.</summary>
internal static class GovernanceChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var region = c.Content.Region.FullName;
        var draft = new ChapterDraft(c, number, w.T("Tata Kelola Pelaksanaan", "Implementation Governance"))
            .Section(w.T("Dewan Smart City", "Smart City Council"))
            .Narrative("governance", w.T(
                $"Pelaksanaan masterplan dipimpin Dewan Smart City {region} yang ditetapkan dengan keputusan kepala daerah, dibantu tim pelaksana lintas perangkat daerah. Masterplan ditetapkan dengan Peraturan Bupati/Wali Kota.",
                $"Implementation is led by the {region} Smart City Council set up by decree of the regional head, supported by a cross-agency delivery team. The masterplan is enacted by a regent's or mayor's regulation."))
            .Section(w.T("Kalender Pelaporan", "Reporting Calendar"));
        draft.Table(w.T("Kalender pelaporan tahunan", "Yearly reporting calendar"),
            [new(w.T("Waktu", "When"), Width: 2), new(w.T("Kegiatan", "Activity"), Width: 4), new(w.T("Penanggung jawab", "Responsible"), Width: 3)],
            [
                new TableRow([w.T("Januari", "January"), w.T("Penetapan rencana kerja tahunan program", "Yearly work plan of the programmes"), w.T("Perangkat daerah pelaksana", "Lead agencies")]),
                new TableRow([w.T("Setiap triwulan", "Every quarter"), w.T("Laporan kemajuan program dan indikator", "Progress report on programmes and indicators"), w.T("Perangkat daerah pelaksana", "Lead agencies")]),
                new TableRow([w.T("Juli", "July"), w.T("Evaluasi tengah tahun dan usulan anggaran tahun berikutnya", "Mid-year review and next year's budget proposals"), w.T("Dewan Smart City, Bappeda", "Smart City Council, Bappeda")]),
                new TableRow([w.T("Desember", "December"), w.T("Laporan tahunan dan pemutakhiran masterplan", "Annual report and masterplan update"), w.T("Dewan Smart City", "Smart City Council")]),
            ]);
        draft.Section(w.T("Evaluasi", "Evaluation"))
            .Narrative("evaluation", w.T(
                "Evaluasi mengikuti pedoman kementerian pada lima dimensi penilaian:",
                "Evaluation follows the ministry's guidance on five dimensions:"));
        if (c.Narrative("evaluation") is null)
        {
            draft.Add(BulletList.Plain([
                w.T("Baseline: kondisi awal daerah", "Baseline: the region's starting point"),
                w.T("Output: kebijakan, kelembagaan dan anggaran tersedia", "Output: policy, institutions and budget in place"),
                w.T("Outcome: pelaksanaan masterplan", "Outcome: execution of the masterplan"),
                w.T("Impact: manfaat bagi warga dan keberlanjutan", "Impact: benefit to citizens and sustainability"),
                w.T("Quick win: capaian program cepat", "Quick wins: delivery of the fast programmes"),
            ]));
        }

        return draft.Build();
    }
}
