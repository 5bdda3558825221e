using System.Globalization;

namespace Karsa.Domain.Diagnostics;

/// <summary>The problems of indicator catalogues, definitions and observations (KRS120-KRS129).</summary>
public static partial class Problems
{
    /// <summary>KRS120: a code the framework's catalogue does not have.</summary>
    public static Diagnostic UnknownCatalogueIndicator(string framework, string code) => Error("KRS120",
        $"Indikator '{code}' tidak ada dalam katalog {framework}", $"Indicator '{code}' is not in the {framework} catalogue",
        "periksa kode indikator dan kerangkanya (mis. U4SSC 'EC: ICT: ICT: 1C', SPBE '1'..'47')",
        "check the indicator code and its framework (e.g. U4SSC 'EC: ICT: ICT: 1C', SPBE '1'..'47')");

    /// <summary>KRS121: one indicator defined twice in one definitions file.</summary>
    public static Diagnostic DuplicateDefinition(string framework, string code, int firstLine) => Error("KRS121",
        $"Definisi {framework} '{code}' ditulis dua kali (pertama di baris {firstLine})",
        $"Definition {framework} '{code}' is given twice (first at line {firstLine})",
        "gabungkan keduanya menjadi satu definisi", "merge them into one definition");

    /// <summary>KRS122: an observation period that is not a valid year, quarter, month or range.</summary>
    public static Diagnostic BadObservationPeriod(string period) => Error("KRS122",
        $"Periode pengamatan '{period}' tidak sah", $"Observation period '{period}' is not valid",
        "tulis tahun (2025), triwulan (2025-Q2), bulan (2025-07) atau rentang (2025-01..2025-06) yang tidak terbalik",
        "write a year (2025), a quarter (2025-Q2), a month (2025-07) or a range (2025-01..2025-06) that does not end before it starts");

    /// <summary>KRS123: a code that does not have its framework's form (e.g. an ISO code outside clauses 5-23).</summary>
    public static Diagnostic MalformedFrameworkCode(string framework, string code, string form) => Error("KRS123",
        $"Kode '{code}' tidak berbentuk kode {framework}", $"Code '{code}' does not have the form of a {framework} code",
        $"tulis kodenya seperti {form}", $"write the code like {form}");

    /// <summary>KRS124: a status rule whose tolerances or stale age do not make sense.</summary>
    public static Diagnostic BadStatusRule(decimal onTrack, decimal atRisk, int staleAfterMonths) => Error("KRS124",
        $"Aturan status indikator tidak sah: toleransi tepat jalur {D(onTrack)}, berisiko {D(atRisk)}, kedaluwarsa setelah {staleAfterMonths} bulan",
        $"The indicator status rule is not valid: on-track tolerance {D(onTrack)}, at-risk tolerance {D(atRisk)}, stale after {staleAfterMonths} months",
        "gunakan 0 <= toleransi tepat jalur <= toleransi berisiko dan kedaluwarsa minimal 1 bulan",
        "use 0 <= on-track tolerance <= at-risk tolerance and a stale age of at least 1 month");

    private static string D(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
