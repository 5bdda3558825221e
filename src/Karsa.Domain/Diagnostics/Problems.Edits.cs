namespace Karsa.Domain.Diagnostics;

/// <summary>Problems only an edit of a draft can make: a fixed key changed, a part removed while still in use.</summary>
public static partial class Problems
{
    /// <summary>KRS018: an edit of the region profile that changes the region's code.</summary>
    public static Diagnostic RegionCodeFixed(string code, string typed) => Error("KRS018",
        $"Kode wilayah rencana ini {code} dan tidak dapat diubah menjadi '{typed}'", $"This plan's region code is {code} and cannot change to '{typed}'",
        "rencana untuk wilayah lain diimpor sebagai rencana wilayah itu", "a plan for another region is imported as that region's plan");

    /// <summary>KRS047: removing (or renaming) an agency that programmes still name as lead or supporting agency.</summary>
    public static Diagnostic AgencyInUse(string code, IEnumerable<string> programmes) => Error("KRS047",
        $"OPD '{code}' masih dipakai oleh program {string.Join(", ", programmes)}", $"Agency '{code}' is still used by programmes {string.Join(", ", programmes)}",
        "ganti OPD pengampu atau pendukung program tersebut lebih dulu", "change those programmes' lead or supporting agency first");

    /// <summary>KRS061: removing (or renaming) an indicator that targets or programmes still refer to.</summary>
    public static Diagnostic IndicatorInUse(string code, IEnumerable<string> users) => Error("KRS061",
        $"Indikator '{code}' masih dipakai oleh {string.Join(", ", users)}", $"Indicator '{code}' is still used by {string.Join(", ", users)}",
        "hapus targetnya dan lepaskan dari program tersebut lebih dulu", "remove its targets and unlink it from those programmes first");
}
