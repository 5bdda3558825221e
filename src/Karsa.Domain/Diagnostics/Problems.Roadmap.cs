using Karsa.Domain.Primitives;

namespace Karsa.Domain.Diagnostics;

/// <summary>The problems of an adopted roadmap (KRS060, KRS070-KRS079).</summary>
public static partial class Problems
{
    private const string ReadoptId = "susun ulang peta jalan dan adopsi lagi (karsa roadmap ... --adopt)";
    private const string ReadoptEn = "plan the roadmap again and adopt it (karsa roadmap ... --adopt)";

    /// <summary>KRS060: publishing a plan that has no adopted roadmap.</summary>
    public static Diagnostic PublishNeedsRoadmap() => Error("KRS060",
        "Rencana belum punya peta jalan yang diadopsi, jadi belum dapat diterbitkan",
        "The plan has no adopted roadmap, so it cannot be published yet",
        "susun peta jalan dan adopsi (karsa roadmap WILAYAH --adopt), lalu terbitkan", "plan the roadmap and adopt it (karsa roadmap REGION --adopt), then publish");

    /// <summary>KRS070: the adopted roadmap names a programme the plan does not have.</summary>
    public static Diagnostic RoadmapUnknownProgramme(string code) => Error("KRS070",
        $"Peta jalan yang diadopsi memuat program '{code}' yang tidak ada dalam rencana",
        $"The adopted roadmap lists programme '{code}', which the plan does not have",
        ReadoptId, ReadoptEn);

    /// <summary>KRS071: a programme of the plan has no place in the adopted roadmap.</summary>
    public static Diagnostic RoadmapMissingProgramme(string code) => Error("KRS071",
        $"Program {code} belum ada dalam peta jalan yang diadopsi", $"Programme {code} has no place in the adopted roadmap",
        ReadoptId, ReadoptEn);

    /// <summary>KRS072: an adopted start outside the programme's start window.</summary>
    public static Diagnostic RoadmapOutsideWindow(string code, int start, int earliest, int latest) => Error("KRS072",
        $"Program {code} diadopsi mulai {start}, di luar jendela mulainya {earliest}-{latest}",
        $"Programme {code} is adopted to start in {start}, outside its start window {earliest}-{latest}",
        ReadoptId, ReadoptEn);

    /// <summary>KRS073: an adopted start that does not wait for a predecessor.</summary>
    public static Diagnostic RoadmapBeforePredecessor(string code, int start, string predecessor, int? allowedFrom) => Error("KRS073",
        allowedFrom is { } from
            ? $"Program {code} diadopsi mulai {start}, padahal {predecessor} baru memungkinkan mulai {from}"
            : $"Program {code} dijadwalkan, padahal program pendahulunya {predecessor} tidak dijadwalkan",
        allowedFrom is { } fromEn
            ? $"Programme {code} is adopted to start in {start}, but {predecessor} lets it start in {fromEn} at the earliest"
            : $"Programme {code} is scheduled, but its predecessor {predecessor} is not",
        ReadoptId, ReadoptEn);

    /// <summary>KRS074: two programmes of one alternatives group are both scheduled.</summary>
    public static Diagnostic RoadmapAlternatives(string group, IEnumerable<string> codes) => Error("KRS074",
        $"Peta jalan menjadwalkan lebih dari satu alternatif '{group}': {string.Join(", ", codes)}",
        $"The roadmap schedules more than one programme of alternatives group '{group}': {string.Join(", ", codes)}",
        ReadoptId, ReadoptEn);

    /// <summary>KRS075: the adopted roadmap spends more than a ceiling.</summary>
    public static Diagnostic RoadmapOverCeiling(int year, string source, long spent, long ceiling) => Error("KRS075",
        $"Peta jalan membelanjakan {IndonesianNumbers.FormatRupiah(spent)} dari {source} pada {year}, melebihi pagu {IndonesianNumbers.FormatRupiah(ceiling)}",
        $"The roadmap spends {IndonesianNumbers.FormatRupiah(spent)} from {source} in {year}, over the ceiling of {IndonesianNumbers.FormatRupiah(ceiling)}",
        ReadoptId, ReadoptEn);

    /// <summary>KRS076: an agency leads more programmes at once than its capacity.</summary>
    public static Diagnostic RoadmapOverCapacity(string agency, int year, int running, int capacity) => Error("KRS076",
        $"OPD {agency} memimpin {running} program sekaligus pada {year}, melebihi kapasitasnya {capacity}",
        $"Agency {agency} leads {running} programmes at once in {year}, over its capacity of {capacity}",
        ReadoptId, ReadoptEn);

    /// <summary>KRS077: a mandatory programme left out of the adopted roadmap.</summary>
    public static Diagnostic RoadmapMandatoryOut(string code) => Error("KRS077",
        $"Program wajib {code} tidak dijadwalkan dalam peta jalan yang diadopsi", $"Mandatory programme {code} is not scheduled in the adopted roadmap",
        ReadoptId, ReadoptEn);

    /// <summary>KRS078: a quick win that is not a scheduled quick-win candidate starting in the quick-win years.</summary>
    public static Diagnostic QuickWinNotScheduled(string code) => Error("KRS078",
        $"Quick win {code} bukan kandidat quick win yang dijadwalkan mulai pada tahun-tahun quick win",
        $"Quick win {code} is not a quick-win candidate scheduled to start in the quick-win years",
        ReadoptId, ReadoptEn);

    /// <summary>KRS079: a dimension that needs a quick win has none in the adopted roadmap.</summary>
    public static Diagnostic RoadmapMissingQuickWin(string dimension, IEnumerable<string> eligible) => Error("KRS079",
        $"Dimensi {dimension} perlu satu quick win, tetapi peta jalan tidak punya; kandidat yang memenuhi: {string.Join(", ", eligible)}",
        $"Dimension {dimension} needs a quick win, but the roadmap has none; eligible candidates: {string.Join(", ", eligible)}",
        ReadoptId, ReadoptEn);
}
