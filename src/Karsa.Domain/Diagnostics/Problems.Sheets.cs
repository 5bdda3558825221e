namespace Karsa.Domain.Diagnostics;

/// <summary>The problems of a programme's sheet: its outputs and outcomes (KRS152-KRS153).</summary>
public static partial class Problems
{
    /// <summary>KRS152: a yearly target of an output or outcome outside the plan period.</summary>
    public static Diagnostic ResultTargetOutsidePeriod(int year, int first, int last) => Error("KRS152",
        $"Target tahun {N(year)} berada di luar periode rencana {N(first)}-{N(last)}",
        $"The target for {N(year)} lies outside the plan period {N(first)}-{N(last)}",
        $"pakai tahun {N(first)} sampai {N(last)}, atau hapus target ini",
        $"use a year from {N(first)} to {N(last)}, or remove this target");

    /// <summary>KRS153: yearly targets of an output or outcome with neither a unit nor an indicator.</summary>
    public static Diagnostic TargetsWithoutUnit() => Error("KRS153",
        "Target tahunan tanpa satuan: angka target tidak dapat dibaca",
        "Yearly targets without a unit: the target figures cannot be read",
        "tambahkan 'unit' (mis. \"unit: aplikasi\") atau 'indicator' dengan kode indikator rencana yang satuannya dipakai",
        "add 'unit' (e.g. \"unit: applications\") or 'indicator' with a plan indicator code whose unit applies");
}
