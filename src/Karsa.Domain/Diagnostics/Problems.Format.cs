namespace Karsa.Domain.Diagnostics;

/// <summary>Problems with the plan file format's version (KRS009).</summary>
public static partial class Problems
{
    /// <summary>KRS009: a plan file of a format version this Karsa does not know.</summary>
    public static Diagnostic UnsupportedFormat(int found, int newest) => Error("KRS009",
        found > newest
            ? $"Berkas ini berformat karsa: {found}, lebih baru dari yang dapat dibaca versi Karsa ini (sampai {newest})"
            : $"Format berkas karsa: {found} tidak dikenal (yang dikenal: 1 sampai {newest})",
        found > newest
            ? $"This file has format karsa: {found}, newer than this Karsa reads (up to {newest})"
            : $"Unknown file format karsa: {found} (known: 1 to {newest})",
        found > newest ? "perbarui Karsa untuk membaca berkas ini" : $"tulis karsa: {newest}",
        found > newest ? "update Karsa to read this file" : $"write karsa: {newest}");
}
