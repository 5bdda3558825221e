using Karsa.Domain.Primitives;

namespace Karsa.Domain.Diagnostics;

/// <summary>The problems of implementation progress: reports, statuses, evidence and roll-ups (KRS110-KRS119).</summary>
public static partial class Problems
{
    /// <summary>KRS110: a report names a status the status list does not have.</summary>
    public static Diagnostic UnknownProgressStatus(string key, IEnumerable<string> known) => Error("KRS110",
        $"Status laporan '{key}' tidak dikenal", $"Report status '{key}' is not known",
        $"status yang dikenal: {string.Join(", ", known)}", $"known statuses: {string.Join(", ", known)}");

    /// <summary>KRS111: a text longer than its field allows.</summary>
    public static Diagnostic TextTooLong(LocalizedText field, int length, int max) => Error("KRS111",
        $"{field.Indonesian} terlalu panjang ({N(length)} karakter, batas {N(max)})",
        $"{field.In(Language.English)} is too long ({N(length)} characters, limit {N(max)})",
        "persingkat teksnya", "shorten the text");

    /// <summary>KRS112: a key (status, funding source, evidence id) of the wrong form.</summary>
    public static Diagnostic MalformedProgressKey(LocalizedText what, string? value) => Error("KRS112",
        $"Kunci {what.Indonesian} '{value}' tidak sah", $"{what.In(Language.English)} key '{value}' is not valid",
        "1-40 karakter: huruf kecil, angka atau '-', diawali huruf atau angka", "1-40 characters: lower-case letters, digits or '-', starting with a letter or digit");

    /// <summary>KRS113: an evidence file of a kind that is not allowed (by its extension).</summary>
    public static Diagnostic EvidenceKindNotAllowed(string extension, IEnumerable<string> allowed) => Error("KRS113",
        $"Jenis berkas bukti '{extension}' tidak diizinkan", $"Evidence file type '{extension}' is not allowed",
        $"unggah salah satu jenis: {string.Join(", ", allowed)}", $"upload one of: {string.Join(", ", allowed)}");

    /// <summary>KRS114: an evidence file whose content is not what its extension says.</summary>
    public static Diagnostic EvidenceContentMismatch(string extension) => Error("KRS114",
        $"Isi berkas bukti bukan berkas {extension} yang sah", $"The evidence file's content is not a valid {extension} file",
        "unggah berkas aslinya, bukan berkas yang diganti namanya", "upload the original file, not a renamed one");

    /// <summary>KRS115: an evidence file over the size limit.</summary>
    public static Diagnostic EvidenceTooLarge(long size, long limit) => Error("KRS115",
        $"Berkas bukti berukuran {IndonesianNumbers.FormatInteger(size)} bita, melebihi batas {IndonesianNumbers.FormatInteger(limit)} bita",
        $"The evidence file has {IndonesianNumbers.FormatInteger(size)} bytes, over the limit of {IndonesianNumbers.FormatInteger(limit)} bytes",
        "perkecil berkas (mis. pindai dengan resolusi lebih rendah) atau pecah menjadi beberapa berkas",
        "make the file smaller (e.g. scan at a lower resolution) or split it into several files");

    /// <summary>KRS116: a progress percentage that contradicts its status (not started above 0 %, completed below 100 %).</summary>
    public static Diagnostic ProgressContradictsStatus(string status, decimal percent, string allowed) => Error("KRS116",
        $"Kemajuan {percent.ToString(System.Globalization.CultureInfo.InvariantCulture)}% tidak sesuai dengan status '{status}' (harus {allowed}%)",
        $"Progress {percent.ToString(System.Globalization.CultureInfo.InvariantCulture)}% contradicts status '{status}' (must be {allowed}%)",
        "sesuaikan status atau persentase kemajuannya", "change the status or the progress percentage");

    /// <summary>KRS117: a report about a programme of another region or plan version.</summary>
    public static Diagnostic ReportOfAnotherPlan(string reference, string region, int version) => Error("KRS117",
        $"Laporan untuk {reference} bukan untuk rencana {region} versi {N(version)}",
        $"The report about {reference} is not about plan {region} version {N(version)}",
        "hitung kemajuan dengan laporan versi rencana yang sama", "compute progress with the reports of the same plan version");

    /// <summary>KRS118: progress data naming a programme the plan does not have.</summary>
    public static Diagnostic ProgressUnknownProgramme(string code) => Error("KRS118",
        $"Program '{code}' tidak ada dalam rencana", $"Programme '{code}' is not in the plan",
        "periksa kode program", "check the programme code");

    /// <summary>KRS119: progress measured against a plan without an adopted roadmap.</summary>
    public static Diagnostic ProgressNeedsRoadmap() => Error("KRS119",
        "Rencana belum punya peta jalan yang diadopsi, jadi kemajuan belum dapat diukur",
        "The plan has no adopted roadmap, so progress cannot be measured against it",
        "adopsi peta jalan dan terbitkan rencana terlebih dahulu", "adopt a roadmap and publish the plan first");

    /// <summary>KRS169: a status dropped from a region's list while stored reports still use it.</summary>
    public static Diagnostic ProgressStatusInUse(string key) => Error("KRS169",
        $"Status '{key}' masih dipakai oleh laporan yang tersimpan", $"Status '{key}' is still used by stored reports",
        "pertahankan status itu (nama dan persen bawaannya boleh diubah)", "keep that status (its name and default percent may change)");
}
