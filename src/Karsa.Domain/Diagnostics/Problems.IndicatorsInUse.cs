namespace Karsa.Domain.Diagnostics;

/// <summary>The problems of recording and reading a region's indicators (KRS165-KRS169).</summary>
public static partial class Problems
{
    /// <summary>KRS165: an observation of another region in a file imported for one region.</summary>
    public static Diagnostic ObservationOfOtherRegion(string found, string expected) => Error("KRS165",
        $"Baris ini untuk wilayah {found}, padahal berkas diimpor untuk wilayah {expected}",
        $"This line is for region {found}, but the file is imported for region {expected}",
        $"impor hanya pengamatan wilayah {expected}, atau pisahkan berkas per wilayah",
        $"import only observations of region {expected}, or split the file by region");

    /// <summary>KRS166: an observation of an indicator neither the region's plan nor the loaded catalogue knows.</summary>
    public static Diagnostic UnknownObservedIndicator(string framework, string code) => Error("KRS166",
        $"Indikator {framework} '{code}' tidak ada dalam rencana wilayah maupun katalog yang dimuat",
        $"Indicator {framework} '{code}' is neither in the region's plan nor in the loaded catalogue",
        "tulis kode kerangka indikator seperti pada rencana (referensi indikator), kode rencana untuk 'local', atau muat berkas definisi ISO lebih dulu",
        "write the framework code as the plan's indicator reference, the plan's code for 'local', or load the ISO definitions file first");
}
