namespace Karsa.Domain.Diagnostics;

/// <summary>Problems with the plan's funding sources (KRS146-KRS148).</summary>
public static partial class Problems
{
    /// <summary>KRS146: a cost line, ceiling, scenario or realisation naming a source the plan does not know.</summary>
    public static Diagnostic UnknownFundingSource(string key, IEnumerable<string> known)
    {
        var keys = string.Join(", ", known);
        return Error("KRS146",
            $"Sumber dana '{key}' tidak dikenal rencana ini (yang dikenal: {keys})",
            $"Funding source '{key}' is not known to this plan (known: {keys})",
            $"gunakan salah satu kunci itu, atau tambahkan '{key}' ke fundingSources rencana (key, name)",
            $"use one of those keys, or add '{key}' to the plan's fundingSources (key, name)");
    }

    /// <summary>KRS147: a plan-defined source whose key is a national default's or is defined twice.</summary>
    public static Diagnostic FundingSourceClash(string key, bool isDefault) => Error("KRS147",
        isDefault ? $"Sumber dana '{key}' sudah merupakan sumber dana nasional bawaan" : $"Sumber dana '{key}' didefinisikan dua kali",
        isDefault ? $"Funding source '{key}' is already a national default" : $"Funding source '{key}' is defined twice",
        isDefault ? $"hapus definisi ini; '{key}' dapat langsung dipakai" : "hapus salah satunya atau beri kunci lain",
        isDefault ? $"remove this definition; '{key}' can be used as it is" : "remove one of them or give it another key");

    /// <summary>KRS148: a funding source key of the wrong form.</summary>
    public static Diagnostic MalformedFundingSource(string? key) => Error("KRS148",
        $"Kunci sumber dana '{key}' tidak sah", $"Funding source key '{key}' is not valid",
        $"1-{Primitives.Codes.MaxLength} karakter: huruf kecil, angka atau '-', diawali huruf (mis. hibah-provinsi)",
        $"1-{Primitives.Codes.MaxLength} characters: lower-case letters, digits or '-', starting with a letter (e.g. hibah-provinsi)");
}
