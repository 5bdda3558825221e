using Karsa.Documents.Model;

namespace Karsa.Documents.Building;

/// <summary>
/// Buku II, chapter 7: implementation governance: council, reporting calendar, evaluation. The plan's
/// own <c>governance</c> narrative is the one source for all three when it is there (no generated
/// calendar beside it to contradict it); without it the chapter offers a highlighted template naming
/// the plan's own planning agency.
/// </summary>
internal static class GovernanceChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var draft = new ChapterDraft(c, number, w.T("Tata Kelola Pelaksanaan", "Implementation Governance"));
        if (c.Narrative("governance") is not null)
        {
            draft.Section(w.T("Kelembagaan, Pelaporan dan Evaluasi", "Institutions, Reporting and Evaluation")).Narrative("governance", null);
            if (c.Narrative("evaluation") is not null)
            {
                draft.Section(w.T("Evaluasi", "Evaluation")).Narrative("evaluation", null);
            }

            return draft.Build();
        }

        var region = c.Content.Region.FullName;
        draft.Section(w.T("Dewan Smart City", "Smart City Council"))
            .NarrativeOrTemplate("governance", w.T(
                $"Pelaksanaan masterplan dipimpin Dewan Smart City {region} yang ditetapkan dengan keputusan kepala daerah, dibantu tim pelaksana lintas perangkat daerah; masterplan ditetapkan dengan Peraturan Bupati/Wali Kota (nomor dan tanggal).",
                $"Implementation is led by the {region} Smart City Council set up by decree of the regional head, supported by a cross-agency delivery team; the masterplan is enacted by a regent's or mayor's regulation (number and date)."));
        Calendar(c, draft);
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

    /// <summary>A proposed yearly calendar, marked as a template; the planning agency is the plan's own or a marker.</summary>
    private static void Calendar(BookContext c, ChapterDraft draft)
    {
        var w = c.W;
        var planning = c.PlanningAgency?.Name ?? w.T("[badan perencanaan daerah]", "[regional planning agency]");
        var council = w.T("Dewan Smart City", "Smart City Council");
        var leads = w.T("Perangkat daerah pelaksana", "Lead agencies");
        draft.Section(w.T("Kalender Pelaporan", "Reporting Calendar"))
            .Template(w.T(
                "Kalender usulan berikut perlu disesuaikan dengan jadwal perencanaan dan penganggaran daerah.",
                "The proposed calendar below is to be matched to the region's planning and budgeting schedule."))
            .Table(w.T("Kalender pelaporan tahunan (usulan)", "Yearly reporting calendar (proposed)"),
                [new(w.T("Waktu", "When"), Width: 2), new(w.T("Kegiatan", "Activity"), Width: 4), new(w.T("Penanggung jawab", "Responsible"), Width: 3)],
                [
                    new TableRow([w.T("Januari", "January"), w.T("Penetapan rencana kerja tahunan program", "Yearly work plan of the programmes"), leads]),
                    new TableRow([w.T("Setiap triwulan", "Every quarter"), w.T("Laporan kemajuan program dan indikator", "Progress report on programmes and indicators"), leads]),
                    new TableRow([w.T("Juli", "July"), w.T("Evaluasi tengah tahun dan usulan anggaran tahun berikutnya", "Mid-year review and next year's budget proposals"), $"{council}, {planning}"]),
                    new TableRow([w.T("Desember", "December"), w.T("Laporan tahunan dan pemutakhiran masterplan", "Annual report and masterplan update"), council]),
                ]);
    }
}
