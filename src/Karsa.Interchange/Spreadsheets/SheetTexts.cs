using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Interchange.Spreadsheets;

/// <summary>The words of the workbook: sheet names, headers and instructions, in both languages.</summary>
internal static class SheetTexts
{
    /// <summary>The version written in the metadata sheet; an upload of another version is refused.</summary>
    public const string TemplateVersion = "karsa-progress-sheet/1";

    /// <summary>The hidden metadata sheet (same name in both languages, so any upload can be identified).</summary>
    public const string MetadataSheet = "karsa_meta";

    /// <summary>The instructions sheet.</summary>
    public static LocalizedText InstructionsSheet { get; } = new("Petunjuk", "Instructions");

    /// <summary>The programme sheet.</summary>
    public static LocalizedText ProgrammeSheet { get; } = new("Program", "Programmes");

    /// <summary>The indicator sheet.</summary>
    public static LocalizedText IndicatorSheet { get; } = new("Indikator", "Indicators");

    /// <summary>Header of the code column.</summary>
    public static LocalizedText CodeHeader { get; } = new("Kode", "Code");

    /// <summary>Header of the name column.</summary>
    public static LocalizedText NameHeader { get; } = new("Nama", "Name");

    /// <summary>Header of the status column.</summary>
    public static LocalizedText StatusHeader { get; } = new("Status", "Status");

    /// <summary>Header of the progress column.</summary>
    public static LocalizedText ProgressHeader { get; } = new("Progres (%)", "Progress (%)");

    /// <summary>Header of the notes column.</summary>
    public static LocalizedText NotesHeader { get; } = new("Catatan", "Notes");

    /// <summary>Header of the unit column.</summary>
    public static LocalizedText UnitHeader { get; } = new("Satuan", "Unit");

    /// <summary>Header of the target column.</summary>
    public static LocalizedText TargetHeader { get; } = new("Target", "Target");

    /// <summary>Header of the observed value column.</summary>
    public static LocalizedText ValueHeader { get; } = new("Nilai", "Value");

    /// <summary>Header of the observation period column.</summary>
    public static LocalizedText PeriodHeader { get; } = new("Periode", "Period");

    /// <summary>Header of the data source column.</summary>
    public static LocalizedText SourceHeader { get; } = new("Sumber data", "Data source");

    /// <summary>Header of a planned-money column.</summary>
    public static LocalizedText PlannedHeader(FundingSourceDefinition source) =>
        new($"Rencana {source.Name.In(Language.Indonesian)} (Rp)", $"Planned {source.Name.In(Language.English)} (Rp)");

    /// <summary>Header of a realised-money column.</summary>
    public static LocalizedText RealisedHeader(FundingSourceDefinition source) =>
        new($"Realisasi {source.Name.In(Language.Indonesian)} (Rp)", $"Realised {source.Name.In(Language.English)} (Rp)");

    /// <summary>The title line of the instructions sheet.</summary>
    public static LocalizedText Title(ProgressSheetTemplate template) => new(
        $"Laporan progres {template.Agency} - wilayah {template.Region} - tahun {template.Period}",
        $"Progress report {template.Agency} - region {template.Region} - year {template.Period}");

    /// <summary>The lines of the instructions sheet, after the title.</summary>
    public static IReadOnlyList<LocalizedText> Instructions { get; } =
    [
        new("Isi hanya sel berwarna putih; kolom kode, nama dan rencana terkunci.",
            "Fill only the white cells; the code, name and planned columns are locked."),
        new("Lembar Program: pilih Status dari daftar, isi Progres 0 sampai 100, realisasi dalam rupiah utuh, dan catatan.",
            "Programmes sheet: choose a Status from the list, enter Progress from 0 to 100, realised money in whole Rupiah, and notes."),
        new("Lembar Indikator: isi Nilai, Periode (mis. 2026 atau 2026-06) dan Sumber data.",
            "Indicators sheet: enter the Value, the Period (e.g. 2026 or 2026-06) and the Data source."),
        new("Tulis angka, bukan rumus; baris yang dibiarkan kosong tidak dilaporkan.",
            "Type values, not formulas; rows left empty are not reported."),
        new("Jangan menambah, menghapus atau memindah baris dan kolom; unggah berkas ini kembali tanpa mengganti nama lembarnya.",
            "Do not add, delete or move rows and columns; upload this file back without renaming its sheets."),
        new("Unggahan diterima seluruhnya atau ditolak seluruhnya; setiap kesalahan disebut dengan lembar, baris dan kolomnya.",
            "An upload is accepted whole or refused whole; every error is named by its sheet, row and column."),
    ];

    /// <summary>Keys of the metadata sheet's rows.</summary>
    public static class MetadataKeys
    {
        /// <summary>The template version.</summary>
        public const string Version = "template_version";

        /// <summary>The region code.</summary>
        public const string Region = "region";

        /// <summary>The agency code.</summary>
        public const string Agency = "agency";

        /// <summary>The fiscal year.</summary>
        public const string Period = "period";

        /// <summary>The workbook language: id or en.</summary>
        public const string Language = "language";
    }
}
