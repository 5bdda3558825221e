using Karsa.Domain.Primitives;

namespace Karsa.Application.Versions;

/// <summary>
/// The words of a plan comparison in both languages: section titles, what an item is (programme,
/// mission, ...), and field names. A new section of <see cref="Domain.Versions.PlanComparison"/> adds its
/// rows here.
/// </summary>
public static class ChangeLabels
{
    private static readonly Dictionary<string, (string Id, string En)> SectionTitles = new(StringComparer.Ordinal)
    {
        ["general"] = ("Umum", "General"),
        ["vision"] = ("Visi dan misi", "Vision and missions"),
        ["narratives"] = ("Narasi", "Narratives"),
        ["book"] = ("Bagian awal buku", "The book's front matter"),
        ["sections"] = ("Bab tingkat rencana", "Plan-level chapters"),
        ["elements"] = ("Elemen tambahan daerah", "The region's own elements"),
        ["readiness"] = ("Kesiapan daerah", "Readiness"),
        ["swot"] = ("Analisis SWOT", "SWOT analysis"),
        ["strategies"] = ("Strategi", "Strategies"),
        ["agencies"] = ("Perangkat daerah", "Agencies"),
        ["criteria"] = ("Kriteria penilaian", "Scoring criteria"),
        ["fundingSources"] = ("Sumber dana tambahan", "Added funding sources"),
        ["programmes"] = ("Program", "Programmes"),
        ["ceilings"] = ("Pagu anggaran", "Budget ceilings"),
        ["indicators"] = ("Indikator", "Indicators"),
        ["targets"] = ("Target indikator", "Indicator targets"),
        ["scenarios"] = ("Skenario", "Scenarios"),
        ["roadmap"] = ("Peta jalan yang diadopsi", "Adopted roadmap"),
    };

    private static readonly Dictionary<string, (string Id, string En)> Subjects = new(StringComparer.Ordinal)
    {
        ["region"] = ("Wilayah", "Region"),
        ["plan"] = ("Rencana", "Plan"),
        ["vision"] = ("Visi", "Vision"),
        ["mission"] = ("Misi", "Mission"),
        ["narrative"] = ("Bagian", "Section"),
        ["issueDate"] = ("Tanggal terbit buku", "The book's issue date"),
        ["foreword"] = ("Kata pengantar", "Foreword"),
        ["address"] = ("Sambutan", "Address"),
        ["approval"] = ("Pengesahan", "Approval"),
        ["planSection"] = ("Bagian", "Section"),
        ["fundingSource"] = ("Sumber dana", "Funding source"),
        ["element"] = ("Elemen", "Element"),
        ["dimension"] = ("Dimensi", "Dimension"),
        ["quadrant"] = ("Kuadran", "Quadrant"),
        ["agency"] = ("Perangkat daerah", "Agency"),
        ["criterion"] = ("Kriteria", "Criterion"),
        ["comparisons"] = ("Perbandingan berpasangan (AHP)", "Pairwise comparisons (AHP)"),
        ["programme"] = ("Program", "Programme"),
        ["year"] = ("Tahun", "Year"),
        ["indicator"] = ("Indikator", "Indicator"),
        ["scenario"] = ("Skenario", "Scenario"),
        ["roadmap"] = ("Peta jalan", "Roadmap"),
    };

    private static readonly Dictionary<string, (string Id, string En)> Fields = new(StringComparer.Ordinal)
    {
        ["name"] = ("nama", "name"),
        ["kind"] = ("jenis", "kind"),
        ["province"] = ("provinsi", "province"),
        ["population"] = ("jumlah penduduk", "population"),
        ["populationYear"] = ("tahun data penduduk", "population year"),
        ["areaKm2"] = ("luas (km²)", "area (km²)"),
        ["cohort"] = ("angkatan Smart City", "Smart City cohort"),
        ["areaYear"] = ("tahun data luas", "area year"),
        ["districts"] = ("kecamatan", "district"),
        ["title"] = ("judul", "title"),
        ["firstYear"] = ("tahun pertama", "first year"),
        ["lastYear"] = ("tahun terakhir", "last year"),
        ["quickWinYears"] = ("masa quick win", "quick-win years"),
        ["shortTermYears"] = ("batas jangka pendek", "short-term years"),
        ["mediumTermYears"] = ("batas jangka menengah", "medium-term years"),
        ["readinessScale"] = ("skala kesiapan", "readiness scale"),
        ["criteriaScale"] = ("skala kriteria", "criteria scale"),
        ["quickWinPriority"] = ("dimensi prioritas quick win", "quick-win priority dimension"),
        ["benefitLifeYears"] = ("umur manfaat", "benefit life"),
        ["discountRatePercent"] = ("tingkat diskonto (% per tahun)", "discount rate (% a year)"),
        ["signer"] = ("penanda tangan", "signer"),
        ["signerTitle"] = ("jabatan penanda tangan", "signer's office"),
        ["regulationKind"] = ("jenis peraturan", "kind of regulation"),
        ["number"] = ("nomor", "number"),
        ["date"] = ("tanggal", "date"),
        ["regulationTitle"] = ("judul peraturan", "title of the regulation"),
        ["pattern"] = ("pola pembiayaan", "financing pattern"),
        ["stakeholder"] = ("peran pemangku kepentingan", "role of stakeholder"),
        ["locations"] = ("lokasi", "location"),
        ["outputUnit"] = ("satuan keluaran", "unit of output"),
        ["outputIndicator"] = ("indikator keluaran", "indicator of output"),
        ["outputTarget"] = ("target keluaran", "output target"),
        ["outcomeUnit"] = ("satuan hasil", "unit of outcome"),
        ["outcomeIndicator"] = ("indikator hasil", "indicator of outcome"),
        ["outcomeTarget"] = ("target hasil", "outcome target"),
        ["canvasProblem"] = ("kanvas layanan: masalah", "service canvas: problem"),
        ["canvasUsers"] = ("kanvas layanan: pengguna", "service canvas: users"),
        ["canvasSolution"] = ("kanvas layanan: solusi", "service canvas: solution"),
        ["canvasPartners"] = ("kanvas layanan: mitra", "service canvas: partners"),
        ["canvasSuccess"] = ("kanvas layanan: ukuran keberhasilan", "service canvas: measure of success"),
        ["paragraph"] = ("paragraf", "paragraph"),
        ["paragraphEn"] = ("paragraf (teks Inggris)", "paragraph (English text)"),
        ["dimension"] = ("dimensi", "dimension"),
        ["score"] = ("skor", "score"),
        ["pillarNarrative"] = ("uraian pilar", "pillar narrative"),
        ["narrative"] = ("uraian", "narrative"),
        ["statement"] = (string.Empty, string.Empty),
        ["strategy"] = ("strategi", "strategy"),
        ["strategyDescription"] = ("uraian strategi", "description of strategy"),
        ["capacity"] = ("kapasitas", "capacity"),
        ["weight"] = ("bobot", "weight"),
        ["sense"] = ("arah", "sense"),
        ["comparison"] = ("perbandingan", "comparison"),
        ["element"] = ("elemen", "element"),
        ["description"] = ("uraian", "description"),
        ["planningReference"] = ("rujukan RPJMD/Renstra", "RPJMD/Renstra reference"),
        ["renstraReference"] = ("rujukan Renstra", "Renstra reference"),
        ["objective"] = ("tujuan", "objective"),
        ["outputs"] = ("keluaran", "output"),
        ["outcomes"] = ("hasil", "outcome"),
        ["leadAgency"] = ("perangkat daerah pengampu", "lead agency"),
        ["supportingAgencies"] = ("perangkat daerah pendukung", "supporting agency"),
        ["durationYears"] = ("durasi", "duration"),
        ["status"] = ("status pelaksanaan", "delivery status"),
        ["startedIn"] = ("tahun mulai berjalan", "year it started"),
        ["recurrence"] = ("pengulangan", "recurrence"),
        ["coLeads"] = ("perangkat daerah pengampu bersama", "co-lead agency"),
        ["implementers"] = ("pelaksana di luar perangkat daerah", "implementer outside the agencies"),
        ["costs"] = ("biaya", "cost"),
        ["earliestStart"] = ("mulai paling awal", "earliest start"),
        ["adopted"] = ("diadopsi", "adopted"),
        ["quickWin"] = ("quick win", "quick win"),
        ["scenario"] = ("skenario", "scenario"),
        ["adoptedStart"] = ("tahun mulai dalam peta jalan", "start year in the roadmap"),
        ["value"] = ("nilai", "value"),
        ["bound"] = ("batas atas nilai", "value bound"),
        ["latestStart"] = ("mulai paling lambat", "latest start"),
        ["dependsOn"] = ("bergantung pada", "depends on"),
        ["mandatory"] = ("wajib", "mandatory"),
        ["quickWinCandidate"] = ("calon quick win", "quick-win candidate"),
        ["alternativesGroup"] = ("kelompok alternatif", "alternatives group"),
        ["scores"] = ("skor", "score"),
        ["indicators"] = ("indikator", "indicator"),
        ["ceiling"] = ("pagu", "ceiling"),
        ["unit"] = ("satuan", "unit"),
        ["framework"] = ("kerangka", "framework"),
        ["reference"] = ("rujukan", "reference"),
        ["theme"] = ("tema", "theme"),
        ["direction"] = ("arah", "direction"),
        ["baseline"] = ("nilai dasar", "baseline"),
        ["baselineYear"] = ("tahun nilai dasar", "baseline year"),
        ["target"] = ("target", "target"),
        ["rules"] = ("ketentuan", "rules"),
    };

    private static readonly Dictionary<string, (string Id, string En)> Keys = new(StringComparer.Ordinal)
    {
        ["strength"] = ("Kekuatan", "Strengths"),
        ["weakness"] = ("Kelemahan", "Weaknesses"),
        ["opportunity"] = ("Peluang", "Opportunities"),
        ["threat"] = ("Ancaman", "Threats"),
        ["infrastructure.integration"] = ("Infrastruktur pendukung (arsitektur integrasi sistem)", "Supporting infrastructure (system-integration architecture)"),
        ["infrastructure.network"] = ("Infrastruktur pendukung (jaringan)", "Supporting infrastructure (network)"),
        ["infrastructure.dataCentre"] = ("Infrastruktur pendukung (pusat data)", "Supporting infrastructure (data centre)"),
        ["infrastructure.commandCentre"] = ("Infrastruktur pendukung (ruang kendali)", "Supporting infrastructure (command centre)"),
        ["institutions.policy"] = ("Kelembagaan (kebijakan)", "Institutions (policy)"),
        ["institutions.council"] = ("Kelembagaan (Dewan Smart City)", "Institutions (Smart City council)"),
        ["institutions.team"] = ("Kelembagaan (tim pelaksana)", "Institutions (implementing team)"),
        ["institutions.humanResources"] = ("Kelembagaan (sumber daya manusia)", "Institutions (human resources)"),
        ["change.mindset"] = ("Manajemen perubahan (pola pikir dan perilaku)", "Change management (mindset and behaviour)"),
        ["change.coCreation"] = ("Manajemen perubahan (ko-kreasi)", "Change management (co-creation)"),
        ["change.roles.government"] = ("Manajemen perubahan (peran pemerintah)", "Change management (role of government)"),
        ["change.roles.citizens"] = ("Manajemen perubahan (peran warga)", "Change management (role of citizens)"),
        ["change.roles.communities"] = ("Manajemen perubahan (peran komunitas)", "Change management (role of communities)"),
        ["financing.overview"] = ("Pembiayaan (gambaran umum)", "Financing (overview)"),
        ["financing.patterns"] = ("Pembiayaan (pola per sumber dana)", "Financing (patterns per funding source)"),
        ["financing.stakeholders"] = ("Pembiayaan (pemangku kepentingan)", "Financing (stakeholders)"),
    };

    // Codes that read as words, per field: a programme's delivery status, recurrence and an implementer's kind.
    private static readonly Dictionary<(string Field, string Code), (string Id, string En)> CodeWords = new()
    {
        [("status", "new")] = ("baru", "new"),
        [("status", "running")] = ("sedang berjalan", "running"),
        [("status", "existing")] = ("layanan yang sudah ada", "existing service"),
        [("recurrence", "none")] = ("tidak dinyatakan", "not stated"),
        [("recurrence", "yearly")] = ("setiap tahun", "yearly"),
        [("recurrence", "open-ended")] = ("terus-menerus", "open-ended"),
        [("implementers", "village")] = ("pemerintah desa/kelurahan", "village government"),
        [("implementers", "training-institute")] = ("lembaga pelatihan", "training institute"),
        [("implementers", "community-group")] = ("kelompok masyarakat", "community group"),
        [("implementers", "private-partner")] = ("mitra swasta", "private partner"),
        [("implementers", "university")] = ("perguruan tinggi", "university"),
        [("implementers", "other")] = ("lainnya", "other"),
    };

    /// <summary>The title of a section.</summary>
    public static string Section(string key, Language language) => Find(SectionTitles, key, language);

    /// <summary>What an item is, e.g. "Program".</summary>
    public static string Subject(string key, Language language) => Find(Subjects, key, language);

    /// <summary>A field's name as it reads in a sentence, e.g. "mulai paling awal".</summary>
    public static string Field(string key, Language language) => Find(Fields, key, language);

    /// <summary>A code value of <paramref name="field"/> that reads as a word (a delivery status), or null when the code is shown as written.</summary>
    public static string? CodeWord(string field, string code, Language language) =>
        CodeWords.TryGetValue((field, code), out var word) ? In(word, language) : null;

    /// <summary>A key that reads as a word (SWOT quadrants, plan-level sections), or null when the key is shown as written.</summary>
    public static string? Word(string key, Language language) => Keys.TryGetValue(key, out var word) ? In(word, language) : null;

    /// <summary>True when every label needed for <paramref name="section"/>, <paramref name="subject"/> and <paramref name="field"/> is known.</summary>
    public static bool Knows(string? section = null, string? subject = null, string? field = null) =>
        (section is null || SectionTitles.ContainsKey(section)) && (subject is null || Subjects.ContainsKey(subject)) && (field is null || Fields.ContainsKey(field));

    // An unknown key (a section added without its words) shows as written rather than failing; tests check Knows.
    private static string Find(Dictionary<string, (string Id, string En)> table, string key, Language language) =>
        table.TryGetValue(key, out var text) ? In(text, language) : key;

    private static string In((string Id, string En) text, Language language) => language == Language.English ? text.En : text.Id;
}
