using Karsa.Domain.Primitives;

namespace Karsa.Domain.Diagnostics;

/// <summary>The problems of the ministry's evaluation: instrument, assessments, publication, comparison (KRS130-KRS139).</summary>
public static partial class Problems
{
    /// <summary>KRS130: the evaluation dimensions' weights do not add up to 100.</summary>
    public static Diagnostic EvaluationWeightsSum(string sum) => Error("KRS130",
        $"Bobot dimensi evaluasi berjumlah {sum}, bukan 100", $"The evaluation dimensions' weights add up to {sum}, not 100",
        "bobot ditulis dalam persen: baseline + output + outcome + impact + quick win = 100",
        "weights are percentages: baseline + output + outcome + impact + quick win = 100");

    /// <summary>KRS131: two questions of one instrument with one code.</summary>
    public static Diagnostic DuplicateQuestion(string code, string firstPath) => Error("KRS131",
        $"Kode pertanyaan '{code}' dipakai dua kali (pertama di {firstPath})", $"Question code '{code}' is used twice (first at {firstPath})",
        "setiap pertanyaan instrumen perlu kode unik", "every question of the instrument needs a unique code");

    /// <summary>KRS132: an evaluation dimension with a weight but no question, so it would have no index.</summary>
    public static Diagnostic EvaluationDimensionWithoutQuestion(LocalizedText dimension) => Error("KRS132",
        $"Dimensi evaluasi {dimension.Indonesian} berbobot tetapi tidak punya pertanyaan",
        $"Evaluation dimension {dimension.In(Language.English)} has a weight but no question",
        "tambahkan sedikitnya satu pertanyaan pada dimensi ini", "add at least one question to this dimension");

    /// <summary>KRS133: a score that is not a value of the cycle's answer scale.</summary>
    public static Diagnostic ScoreOffScale(string score, string minimum, string maximum, int decimals) => Error("KRS133",
        $"Nilai {score} tidak ada pada skala {minimum}-{maximum} dengan {decimals} desimal",
        $"Score {score} is not on the scale {minimum}-{maximum} with {decimals} decimals",
        "beri nilai dalam rentang skala, dibulatkan ke jumlah desimal skala", "give a value within the scale, rounded to the scale's decimals");

    /// <summary>KRS134: an answer or score for a question the instrument does not have.</summary>
    public static Diagnostic UnknownQuestion(string code) => Error("KRS134",
        $"Pertanyaan '{code}' tidak ada dalam instrumen siklus ini", $"Question '{code}' is not in this cycle's instrument",
        "periksa kode pertanyaan", "check the question code");

    /// <summary>KRS135: a party acting where the cycle's state does not let it.</summary>
    public static Diagnostic EvaluationActionRefused(LocalizedText party, LocalizedText action, LocalizedText state) => Error("KRS135",
        $"{party.Indonesian} tidak dapat {action.Indonesian} saat siklus berstatus {state.Indonesian}",
        $"{party.In(Language.English)} cannot {action.In(Language.English)} while the cycle is {state.In(Language.English)}",
        "lihat tabel status dan peran di docs/monitoring/evaluation.md", "see the table of states and parties in docs/monitoring/evaluation.md");

    /// <summary>KRS136: publishing while a question has no verified score.</summary>
    public static Diagnostic QuestionNotVerified(string code) => Error("KRS136",
        $"Pertanyaan {code} belum diberi nilai verifikasi", $"Question {code} has no verified score yet",
        "penilai memberi nilai setiap pertanyaan sebelum hasil diterbitkan", "the evaluator scores every question before results are published");

    /// <summary>KRS137: publishing while a score prefilled from Karsa's data is not confirmed.</summary>
    public static Diagnostic PrefillNotConfirmed(string code) => Error("KRS137",
        $"Nilai isian otomatis pertanyaan {code} belum dikonfirmasi penilai", $"The prefilled score of question {code} is not confirmed by the evaluator",
        "konfirmasi atau ganti nilai tersebut", "confirm or override the score");

    /// <summary>KRS138: two results that cannot be compared year over year.</summary>
    public static Diagnostic ResultsNotComparable(LocalizedText reason) => Error("KRS138",
        $"Hasil evaluasi tidak dapat dibandingkan: {reason.Indonesian}", $"The evaluation results cannot be compared: {reason.In(Language.English)}",
        "bandingkan hasil satu wilayah dari dua tahun berbeda dengan skala yang sama", "compare one region's results of two different years on the same scale");

    /// <summary>KRS139: one region given twice where each region has one result.</summary>
    public static Diagnostic DuplicateRegionResult(string region, int year) => Error("KRS139",
        $"Wilayah {region} punya lebih dari satu hasil evaluasi tahun {year}", $"Region {region} has more than one evaluation result for {year}",
        "setiap wilayah dinilai sekali per siklus", "each region is evaluated once per cycle");
}
