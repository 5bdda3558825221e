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
        ["elements"] = ("Elemen tambahan daerah", "The region's own elements"),
        ["readiness"] = ("Kesiapan daerah", "Readiness"),
        ["swot"] = ("Analisis SWOT", "SWOT analysis"),
        ["strategies"] = ("Strategi", "Strategies"),
        ["agencies"] = ("Perangkat daerah", "Agencies"),
        ["criteria"] = ("Kriteria penilaian", "Scoring criteria"),
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
        ["outputs"] = ("keluaran", "outputs"),
        ["outcomes"] = ("hasil", "outcomes"),
        ["serviceCanvas"] = ("kanvas layanan", "service canvas"),
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
    };

    /// <summary>The title of a section.</summary>
    public static string Section(string key, Language language) => Find(SectionTitles, key, language);

    /// <summary>What an item is, e.g. "Program".</summary>
    public static string Subject(string key, Language language) => Find(Subjects, key, language);

    /// <summary>A field's name as it reads in a sentence, e.g. "mulai paling awal".</summary>
    public static string Field(string key, Language language) => Find(Fields, key, language);

    /// <summary>A key that reads as a word (SWOT quadrants), or null when the key is shown as written.</summary>
    public static string? Word(string key, Language language) => Keys.TryGetValue(key, out var word) ? In(word, language) : null;

    /// <summary>True when every label needed for <paramref name="section"/>, <paramref name="subject"/> and <paramref name="field"/> is known.</summary>
    public static bool Knows(string? section = null, string? subject = null, string? field = null) =>
        (section is null || SectionTitles.ContainsKey(section)) && (subject is null || Subjects.ContainsKey(subject)) && (field is null || Fields.ContainsKey(field));

    // An unknown key (a section added without its words) shows as written rather than failing; tests check Knows.
    private static string Find(Dictionary<string, (string Id, string En)> table, string key, Language language) =>
        table.TryGetValue(key, out var text) ? In(text, language) : key;

    private static string In((string Id, string En) text, Language language) => language == Language.English ? text.En : text.Id;
}
