namespace Karsa.Domain.Diagnostics;

/// <summary>Problems with the book's front matter and the plan-level sections (KRS150-KRS151).</summary>
public static partial class Problems
{
    /// <summary>KRS150: a date that is not a calendar day written as YYYY-MM-DD.</summary>
    public static Diagnostic BadDate(string? value) => Error("KRS150",
        $"'{value}' bukan tanggal yang sah",
        $"'{value}' is not a valid date",
        "tulis tanggal sebagai TTTT-BB-HH, misalnya \"2022-12-15\"",
        "write the date as YYYY-MM-DD, e.g. \"2022-12-15\"");

    /// <summary>KRS151: a stakeholder listed twice in the financing section.</summary>
    public static Diagnostic DuplicateStakeholder(string name) => Error("KRS151",
        $"Pemangku kepentingan '{name}' disebut dua kali",
        $"Stakeholder '{name}' is listed twice",
        "gabungkan perannya dalam satu entri",
        "merge its roles into one entry");
}
