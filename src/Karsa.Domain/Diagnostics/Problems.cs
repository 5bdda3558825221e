using System.Globalization;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Diagnostics;

/// <summary>
/// The catalogue of every problem Karsa reports about a masterplan, each with a stable code, a message
/// and a hint in Bahasa Indonesia and English. Codes never change meaning; see docs/plan-file.md.
/// </summary>
public static partial class Problems
{
    private static Diagnostic Error(string code, string id, string en, string hintId, string hintEn, string path = "") =>
        new(Severity.Error, code, new LocalizedText(id, en), new LocalizedText(hintId, hintEn), path);

    private static Diagnostic Warning(string code, string id, string en, string hintId, string hintEn, string path = "") =>
        new(Severity.Warning, code, new LocalizedText(id, en), new LocalizedText(hintId, hintEn), path);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    // ---- File and syntax (KRS001-KRS009) ----

    /// <summary>KRS001: the file is not well-formed YAML or JSON.</summary>
    public static Diagnostic MalformedFile(string detail) => Error("KRS001",
        $"Berkas tidak dapat dibaca: {detail}", $"The file cannot be parsed: {detail}",
        "perbaiki sintaks pada posisi ini", "fix the syntax at this position");

    /// <summary>KRS001 with the detail (and, when it says better what to do, the hint) in both languages.</summary>
    public static Diagnostic MalformedFile(LocalizedText detail, LocalizedText? hint = null) => Error("KRS001",
        $"Berkas tidak dapat dibaca: {detail.Indonesian}", $"The file cannot be parsed: {detail.In(Language.English)}",
        hint?.Indonesian ?? "perbaiki sintaks pada posisi ini", hint?.In(Language.English) ?? "fix the syntax at this position");

    /// <summary>KRS008: the file itself cannot be opened (missing, a folder, no permission); nothing about its content.</summary>
    public static Diagnostic FileUnreadable(string path, LocalizedText reason) => Error("KRS008",
        $"Berkas '{path}' tidak dapat dibuka: {reason.Indonesian}", $"The file '{path}' cannot be opened: {reason.In(Language.English)}",
        "periksa jalur dan nama berkas (relatif terhadap folder kerja) serta izin bacanya",
        "check the path and file name (relative to the working folder) and that it may be read");

    /// <summary>KRS002: the file exceeds a safety limit (size, depth, aliases, nodes).</summary>
    public static Diagnostic LimitExceeded(string what, long limit) => Error("KRS002",
        $"Berkas melampaui batas aman: {what} (batas {N(limit)})", $"The file exceeds a safety limit: {what} (limit {N(limit)})",
        "pecah atau sederhanakan berkas; alias YAML tidak didukung", "split or simplify the file; YAML aliases are not supported");

    /// <summary>KRS002 with the limit's name in both languages.</summary>
    public static Diagnostic LimitExceeded(LocalizedText what, long limit) => Error("KRS002",
        $"Berkas melampaui batas aman: {what.Indonesian} (batas {IndonesianNumbers.FormatInteger(limit)})",
        $"The file exceeds a safety limit: {what.In(Language.English)} (limit {IndonesianNumbers.FormatInteger(limit)})",
        "pecah atau sederhanakan berkas; alias YAML tidak didukung", "split or simplify the file; YAML aliases are not supported");

    /// <summary>KRS003: a field the format does not know (often a typo).</summary>
    public static Diagnostic UnknownField(string field, IEnumerable<string> expected) => Error("KRS003",
        $"Kolom tidak dikenal '{field}'", $"Unknown field '{field}'",
        $"kolom yang dikenal di sini: {string.Join(", ", expected)}", $"fields known here: {string.Join(", ", expected)}");

    /// <summary>KRS004: a required field is missing.</summary>
    public static Diagnostic MissingField(string field) => Error("KRS004",
        $"Kolom wajib '{field}' tidak ada", $"Required field '{field}' is missing",
        $"tambahkan '{field}'", $"add '{field}'");

    /// <summary>KRS005: a value of the wrong type or form.</summary>
    public static Diagnostic WrongType(string expected, string actual) => Error("KRS005",
        $"Nilai tidak sah: diharapkan {expected}, ditemukan '{actual}'", $"Invalid value: expected {expected}, found '{actual}'",
        $"tulis {expected}", $"write {expected}");

    /// <summary>KRS005 with what was expected and what was found in both languages.</summary>
    public static Diagnostic WrongType(LocalizedText expected, LocalizedText actual) => Error("KRS005",
        $"Nilai tidak sah: diharapkan {expected.Indonesian}, ditemukan '{actual.Indonesian}'",
        $"Invalid value: expected {expected.In(Language.English)}, found '{actual.In(Language.English)}'",
        $"tulis {expected.Indonesian}", $"write {expected.In(Language.English)}");

    /// <summary>KRS006: a key given twice in one mapping.</summary>
    public static Diagnostic DuplicateKey(string key) => Error("KRS006",
        $"Kunci '{key}' ditulis dua kali", $"Key '{key}' appears twice",
        "hapus salah satunya", "remove one of them");

    /// <summary>KRS007: an empty text where text is required.</summary>
    public static Diagnostic EmptyText() => Error("KRS007",
        "Teks tidak boleh kosong", "Text must not be empty", "isi teksnya", "fill in the text");

    // ---- Codes, years and money (KRS010-KRS019) ----

    /// <summary>KRS010: a malformed Home Affairs region code.</summary>
    public static Diagnostic MalformedRegionCode(string? value) => Error("KRS010",
        $"Kode wilayah '{value}' tidak sah", $"Region code '{value}' is not valid",
        "gunakan kode Kemendagri bertitik, mis. 33.13 atau 33.13.09", "use the dotted Home Affairs code, e.g. 33.13 or 33.13.09");

    /// <summary>KRS011: a malformed identifier code.</summary>
    public static Diagnostic MalformedCode(CodeKind kind, string? value) => Error("KRS011",
        $"Kode {kind.ToString().ToLowerInvariant()} '{value}' tidak sah", $"{kind} code '{value}' is not valid",
        $"1-{Codes.MaxLength} karakter: huruf, angka, '.', '_' atau '-'", $"1-{Codes.MaxLength} characters: letters, digits, '.', '_' or '-'");

    /// <summary>KRS012: a year outside the accepted range.</summary>
    public static Diagnostic YearOutOfRange(int year) => Error("KRS012",
        $"Tahun {year} di luar rentang {FiscalYear.Min}-{FiscalYear.Max}", $"Year {year} is outside {FiscalYear.Min}-{FiscalYear.Max}",
        "tulis tahun anggaran empat digit", "write a four-digit fiscal year");

    /// <summary>KRS013: money below zero.</summary>
    public static Diagnostic NegativeMoney(string field, long value) => Error("KRS013",
        $"{field} tidak boleh negatif ({IndonesianNumbers.FormatRupiah(value)})", $"{field} must not be negative ({IndonesianNumbers.FormatRupiah(value)})",
        "tulis jumlah rupiah utuh 0 atau lebih", "write a whole Rupiah amount of 0 or more");

    /// <summary>KRS014: money that is not a whole number of Rupiah.</summary>
    public static Diagnostic NonIntegerMoney(string value) => Error("KRS014",
        $"Jumlah uang '{value}' bukan rupiah utuh", $"Amount '{value}' is not whole Rupiah",
        "tulis bilangan bulat tanpa desimal, mis. 1250000000", "write an integer without decimals, e.g. 1250000000");

    /// <summary>KRS015: a plan period whose last year precedes its first.</summary>
    public static Diagnostic BadPeriod(int first, int last) => Error("KRS015",
        $"Periode rencana {first}-{last} tidak sah", $"Plan period {first}-{last} is not valid",
        "tahun akhir harus sama atau setelah tahun awal", "the last year must not precede the first");

    /// <summary>KRS016: a number outside its allowed range; the field is named in words of each language, the range in symbols (<c>1..30</c>, <c>&gt;= 0</c>).</summary>
    public static Diagnostic OutOfRange(LocalizedText field, string value, string range) => OutOfRange(field, value, new LocalizedText(range));

    /// <summary>KRS016 with a range that needs words (e.g. "judgements that connect every criterion").</summary>
    public static Diagnostic OutOfRange(LocalizedText field, string value, LocalizedText range) => Error("KRS016",
        $"{field.Indonesian} = {value} di luar rentang {range.Indonesian}", $"{field.In(Language.English)} = {value} is outside {range.In(Language.English)}",
        $"gunakan nilai dalam rentang {range.Indonesian}", $"use a value within {range.In(Language.English)}");

    /// <summary>KRS017: term boundaries that do not increase.</summary>
    public static Diagnostic BadTerms() => Error("KRS017",
        "Batas tahapan harus naik: quick win <= jangka pendek <= jangka menengah", "Term boundaries must increase: quick win <= short <= medium",
        "mis. quickWins.years: 1, terms.shortTermYears: 5, terms.mediumTermYears: 10", "e.g. quickWins.years: 1, terms.shortTermYears: 5, terms.mediumTermYears: 10");

    // ---- Catalogue (KRS020-KRS029) ----

    /// <summary>KRS020: an unknown dimension.</summary>
    public static Diagnostic UnknownDimension(string value) => Error("KRS020",
        $"Dimensi '{value}' tidak dikenal", $"Unknown dimension '{value}'",
        "gunakan governance, branding, economy, living, society atau environment", "use governance, branding, economy, living, society or environment");

    /// <summary>KRS021: an unknown element.</summary>
    public static Diagnostic UnknownElement(string value) => Error("KRS021",
        $"Elemen '{value}' tidak dikenal", $"Unknown element '{value}'",
        "gunakan elemen katalog (lihat docs/plan-file.md) atau tambahkan di 'elements'", "use a catalogue element (see docs/plan-file.md) or add it under 'elements'");

    /// <summary>KRS022: an element used under the wrong dimension.</summary>
    public static Diagnostic ElementOutsideDimension(string element, string elementDimension, string dimension) => Error("KRS022",
        $"Elemen '{element}' milik dimensi {elementDimension}, bukan {dimension}", $"Element '{element}' belongs to {elementDimension}, not {dimension}",
        "samakan dimensi dengan elemennya", "make the dimension match the element");

    /// <summary>KRS023: an element code defined twice or clashing with the catalogue.</summary>
    public static Diagnostic DuplicateElement(string code) => Error("KRS023",
        $"Elemen '{code}' sudah ada", $"Element '{code}' is already defined",
        "beri kode lain", "give it another code");

    // ---- Programmes (KRS030-KRS049) ----

    /// <summary>KRS030: two programmes with one code.</summary>
    public static Diagnostic DuplicateProgramme(string code, string firstPath) => Error("KRS030",
        $"Kode program '{code}' dipakai dua kali (pertama di {firstPath})", $"Programme code '{code}' is used twice (first at {firstPath})",
        "setiap program perlu kode unik", "every programme needs a unique code");

    /// <summary>KRS031: a dependency on a programme that does not exist.</summary>
    public static Diagnostic UnknownDependency(string code) => Error("KRS031",
        $"Bergantung pada program '{code}' yang tidak ada", $"Depends on programme '{code}', which does not exist",
        "periksa kode program atau hapus ketergantungan ini", "check the programme code or remove this dependency");

    /// <summary>KRS032: a cycle of dependencies.</summary>
    public static Diagnostic DependencyCycle(IReadOnlyList<string> cycle) => Error("KRS032",
        $"Ketergantungan melingkar: {string.Join(" -> ", cycle)}", $"Dependency cycle: {string.Join(" -> ", cycle)}",
        "hapus salah satu ketergantungan dalam lingkaran ini", "remove one dependency in this cycle");

    /// <summary>KRS033: a cost year outside the programme's run.</summary>
    public static Diagnostic CostBeyondDuration(int year, int firstYear, int lastYear) => Error("KRS033",
        $"Biaya tahun {year} di luar masa program {firstYear}-{lastYear}", $"Cost year {year} is outside the programme's run {firstYear}-{lastYear}",
        "biaya ditulis untuk tahun-tahun mulai dari start.earliest selama 'duration' tahun", "costs are given for the years from start.earliest for 'duration' years");

    /// <summary>KRS034: a cost year outside the plan period.</summary>
    public static Diagnostic CostOutsidePeriod(int year, int first, int last) => Error("KRS034",
        $"Biaya tahun {year} di luar periode rencana {first}-{last}", $"Cost year {year} is outside the plan period {first}-{last}",
        "pindahkan biaya ke tahun dalam periode rencana", "move the cost into a year of the plan period");

    /// <summary>KRS035: earliest start after latest start.</summary>
    public static Diagnostic StartWindowReversed(int earliest, int latest) => Error("KRS035",
        $"Mulai paling awal {earliest} setelah mulai paling lambat {latest}", $"Earliest start {earliest} is after latest start {latest}",
        "tukar atau perbaiki kedua tahun", "swap or correct the two years");

    /// <summary>KRS036: a mandatory programme that cannot fit its window.</summary>
    public static Diagnostic MandatoryCannotFit(string code, int earliestPossible, int latestAllowed) => Error("KRS036",
        $"Program wajib {code} tidak muat: paling cepat mulai {earliestPossible}, paling lambat {latestAllowed}",
        $"Mandatory programme {code} cannot fit: it can start at the earliest in {earliestPossible} but must start by {latestAllowed}",
        "perlebar jendela mulai, perpendek durasi, atau kurangi ketergantungannya", "widen the start window, shorten the duration or relax its dependencies");

    /// <summary>KRS037: two cost lines for one year and source.</summary>
    public static Diagnostic DuplicateCostLine(int year, string source) => Error("KRS037",
        $"Biaya tahun {year} sumber {source} ditulis dua kali", $"Cost for {year} from {source} is given twice",
        "gabungkan menjadi satu baris", "merge them into one line");

    /// <summary>KRS038: a programme depending on itself.</summary>
    public static Diagnostic SelfDependency(string code) => Error("KRS038",
        $"Program {code} bergantung pada dirinya sendiri", $"Programme {code} depends on itself",
        "hapus ketergantungan ini", "remove this dependency");

    /// <summary>KRS039: more than one mandatory programme in one alternatives group.</summary>
    public static Diagnostic MandatoryAlternatives(string group, IEnumerable<string> codes) => Error("KRS039",
        $"Kelompok alternatif '{group}' memuat lebih dari satu program wajib: {string.Join(", ", codes)}",
        $"Alternatives group '{group}' holds more than one mandatory programme: {string.Join(", ", codes)}",
        "paling banyak satu program per kelompok dapat dipilih", "at most one programme of a group can be chosen");

    /// <summary>KRS040: an unknown agency.</summary>
    public static Diagnostic UnknownAgency(string code) => Error("KRS040",
        $"Perangkat daerah '{code}' tidak ada di 'agencies'", $"Agency '{code}' is not listed under 'agencies'",
        "tambahkan OPD-nya atau perbaiki kodenya", "add the agency or correct its code");

    /// <summary>KRS041: two agencies with one code.</summary>
    public static Diagnostic DuplicateAgency(string code) => Error("KRS041",
        $"Kode OPD '{code}' dipakai dua kali", $"Agency code '{code}' is used twice", "beri kode unik", "give it a unique code");

    /// <summary>KRS042: an unknown district.</summary>
    public static Diagnostic UnknownDistrict(string code) => Error("KRS042",
        $"Kecamatan '{code}' tidak ada di wilayah ini", $"District '{code}' is not a district of this region",
        "gunakan kode kecamatan dari 'region.districts'", "use a district code from 'region.districts'");

    /// <summary>KRS043: a duplicate district or one outside the region.</summary>
    public static Diagnostic BadDistrict(string code, string region) => Error("KRS043",
        $"Kecamatan '{code}' ganda atau bukan bagian dari {region}", $"District '{code}' is duplicated or not within {region}",
        $"kode kecamatan berbentuk {region}.NN dan unik", $"district codes have the form {region}.NN and are unique");

    /// <summary>KRS044: a score on an unknown criterion.</summary>
    public static Diagnostic UnknownCriterion(string code) => Error("KRS044",
        $"Kriteria '{code}' tidak ada di 'criteria'", $"Criterion '{code}' is not listed under 'criteria'",
        "tambahkan kriterianya atau perbaiki kodenya", "add the criterion or correct its code");

    /// <summary>KRS045: a duplicate criterion.</summary>
    public static Diagnostic DuplicateCriterion(string code) => Error("KRS045",
        $"Kriteria '{code}' ditulis dua kali", $"Criterion '{code}' is given twice", "hapus salah satunya", "remove one of them");

    /// <summary>KRS046: a reference to a programme that does not exist (outside dependencies).</summary>
    public static Diagnostic UnknownProgramme(string code) => Error("KRS046",
        $"Program '{code}' tidak ada", $"Programme '{code}' does not exist", "periksa kode program", "check the programme code");

    // ---- Budget and indicators (KRS050-KRS069) ----

    /// <summary>KRS050: a ceiling outside the plan period.</summary>
    public static Diagnostic CeilingOutsidePeriod(int year, int first, int last) => Error("KRS050",
        $"Pagu tahun {year} di luar periode rencana {first}-{last}", $"Ceiling for {year} is outside the plan period {first}-{last}",
        "hapus atau pindahkan pagu ini", "remove or move this ceiling");

    /// <summary>KRS051: two ceilings for one year and source.</summary>
    public static Diagnostic DuplicateCeiling(int year, string source) => Error("KRS051",
        $"Pagu {source} tahun {year} ditulis dua kali", $"Ceiling for {source} in {year} is given twice", "gabungkan menjadi satu", "merge them into one");

    /// <summary>KRS052: two indicators with one code.</summary>
    public static Diagnostic DuplicateIndicator(string code) => Error("KRS052",
        $"Kode indikator '{code}' dipakai dua kali", $"Indicator code '{code}' is used twice", "beri kode unik", "give it a unique code");

    /// <summary>KRS053: targets or links for an indicator that does not exist.</summary>
    public static Diagnostic UnknownIndicator(string code) => Error("KRS053",
        $"Indikator '{code}' tidak ada di 'indicators'", $"Indicator '{code}' is not listed under 'indicators'",
        "tambahkan indikatornya atau perbaiki kodenya", "add the indicator or correct its code");

    /// <summary>KRS054: a target year outside the plan period.</summary>
    public static Diagnostic TargetOutsidePeriod(int year, int first, int last) => Error("KRS054",
        $"Target tahun {year} di luar periode rencana {first}-{last}", $"Target for {year} is outside the plan period {first}-{last}",
        "gunakan tahun dalam periode rencana", "use a year inside the plan period");

    /// <summary>KRS055: a readiness assessment given twice for one dimension.</summary>
    public static Diagnostic DuplicateReadiness(string dimension) => Error("KRS055",
        $"Kesiapan dimensi {dimension} ditulis dua kali", $"Readiness for {dimension} is given twice", "gabungkan menjadi satu", "merge them into one");

    /// <summary>KRS056: a duplicate narrative section key.</summary>
    public static Diagnostic DuplicateSection(string key) => Error("KRS056",
        $"Bagian narasi '{key}' ditulis dua kali", $"Narrative section '{key}' is given twice", "gabungkan menjadi satu", "merge them into one");

    /// <summary>KRS057: a version number below 1.</summary>
    public static Diagnostic BadVersion(int version) => Error("KRS057",
        $"Nomor versi {version} tidak sah", $"Version number {version} is not valid", "versi dimulai dari 1", "versions start at 1");

    /// <summary>KRS058: an attempt to change a published version.</summary>
    public static Diagnostic PublishedIsFrozen(int version) => Error("KRS058",
        $"Versi {version} sudah diterbitkan dan tidak dapat diubah", $"Version {version} is published and cannot change",
        "suntingan membuat versi draf baru", "edits start a new draft version");

    /// <summary>KRS059: two scenarios with one name.</summary>
    public static Diagnostic DuplicateScenario(string name) => Error("KRS059",
        $"Skenario '{name}' ditulis dua kali", $"Scenario '{name}' is given twice", "beri nama unik", "give it a unique name");

    // ---- Warnings (KRS100-) ----

    /// <summary>KRS100: a dimension without any quick-win candidate.</summary>
    public static Diagnostic NoQuickWinCandidate(string dimension) => Warning("KRS100",
        $"Dimensi {dimension} tidak punya kandidat quick win", $"Dimension {dimension} has no quick-win candidate",
        "tandai program yang cepat dan berdampak langsung dengan quickWin: true", "mark a fast programme with direct impact with quickWin: true");

    /// <summary>KRS101: a programme whose window can never fit.</summary>
    public static Diagnostic NeverSchedulable(string code) => Warning("KRS101",
        $"Program {code} tidak pernah muat dalam periode rencana", $"Programme {code} can never fit in the plan period",
        "perlebar jendela mulai atau perpendek durasi", "widen its start window or shorten its duration");

    /// <summary>KRS102: an element with no programme.</summary>
    public static Diagnostic ElementWithoutProgramme(string element) => Warning("KRS102",
        $"Elemen '{element}' belum punya program", $"Element '{element}' has no programme", "tambahkan program untuk elemen ini", "add a programme for this element");

    /// <summary>KRS103: an indicator with no target.</summary>
    public static Diagnostic IndicatorWithoutTarget(string code) => Warning("KRS103",
        $"Indikator '{code}' belum punya target", $"Indicator '{code}' has no target", "tambahkan target di 'targets'", "add targets under 'targets'");

    /// <summary>KRS104: a funding source used but never capped.</summary>
    public static Diagnostic SourceWithoutCeiling(string source) => Warning("KRS104",
        $"Sumber dana {source} dipakai tetapi tidak punya pagu: dianggap tak terbatas", $"Funding source {source} is used but has no ceiling: treated as unlimited",
        "tambahkan pagu per tahun di 'budget'", "add yearly ceilings under 'budget'");

    /// <summary>KRS105: a plan that says it is published was stored as a draft (only publishing publishes).</summary>
    public static Diagnostic ImportedAsDraft(int fileVersion) => Warning("KRS105",
        $"Berkas menyatakan versi {fileVersion} sudah terbit; rencana disimpan sebagai draf, karena hanya penerbitan yang menerbitkan",
        $"The file says version {fileVersion} is published; the plan was stored as a draft, because only publishing publishes",
        "periksa drafnya, lalu jalankan 'karsa publish WILAYAH' untuk menerbitkannya", "review the draft, then run 'karsa publish REGION' to publish it", "state");

    /// <summary>KRS106: two programmes with the same name, which readers of the book cannot tell apart.</summary>
    public static Diagnostic SameProgrammeName(string code, string other, string name) => Warning("KRS106",
        $"Program {code} bernama sama dengan {other} ('{name}'); pembaca buku tidak dapat membedakannya",
        $"Programme {code} has the same name as {other} ('{name}'); readers of the book cannot tell them apart",
        "beri nama yang menyebut bedanya, misalnya 'Operasional ...' untuk layanan yang berjalan dan 'Perluasan ...' untuk program baru",
        "give names that say how they differ, e.g. 'Operation of ...' for the running service and 'Expansion of ...' for the new programme");
}
