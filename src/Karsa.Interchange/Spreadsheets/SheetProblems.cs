using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Spreadsheets;

/// <summary>
/// The catalogue of upload problems: each names its place and says what is wrong and what to do,
/// in Indonesian and English.
/// </summary>
internal static partial class SheetProblems
{
    private static SheetProblem At(SheetProblemKind kind, CellPlace place, string field, LocalizedText what, LocalizedText todo)
    {
        var where = place.Words;
        return new SheetProblem(kind, place.Sheet, place.Row, place.Column?.Letter, place.Column?.Field ?? field, new LocalizedText(
            $"{where.Indonesian}: {what.Indonesian}. {todo.Indonesian}.",
            $"{where.In(Language.English)}: {what.In(Language.English)}. {todo.In(Language.English)}."));
    }

    private static string Id(long value) => IndonesianNumbers.FormatInteger(value);

    private static string En(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string En(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Not a zip, or a zip without a workbook.</summary>
    public static SheetProblem NotAWorkbook() => At(SheetProblemKind.NotAWorkbook, CellPlace.File, "file",
        new("bukan buku kerja Excel (.xlsx)", "is not an Excel workbook (.xlsx)"),
        new("Unggah templat .xlsx yang diunduh dari Karsa", "Upload the .xlsx template downloaded from Karsa"));

    /// <summary>A password-encrypted workbook or an old .xls file (both are OLE compound files).</summary>
    public static SheetProblem Encrypted() => At(SheetProblemKind.Encrypted, CellPlace.File, "file",
        new("terenkripsi dengan kata sandi atau berformat .xls lama", "is encrypted with a password or is an old .xls file"),
        new("Buka di Excel, hapus kata sandinya dan simpan sebagai .xlsx", "Open it in Excel, remove the password and save it as .xlsx"));

    /// <summary>A file, part or total over a size limit, or an entry that compresses more than a workbook can.</summary>
    public static SheetProblem TooLarge(string what, long size, long limit) => At(SheetProblemKind.TooLarge, CellPlace.File, "file",
        new($"{what} berukuran {Id(size)} melewati batas {Id(limit)}", $"{what} has a size of {En(size)}, over the limit of {En(limit)}"),
        new("Unggah templat asli tanpa data tambahan; berkas ini ditolak tanpa dibuka", "Upload the original template without extra content; this file was refused unopened"));

    /// <summary>A sheet with more rows than the limit.</summary>
    public static SheetProblem TooManyRows(string sheet, int limit) => At(SheetProblemKind.TooManyRows, new CellPlace(sheet, limit + 1), "rows",
        new($"lembar ini memiliki lebih dari {Id(limit)} baris; pembacaan dihentikan", $"the sheet has more than {En(limit)} rows; reading stopped"),
        new("Hapus baris tambahan di bawah data templat", "Delete the extra rows below the template's data"));

    /// <summary>A sheet the template has is not in the workbook.</summary>
    public static SheetProblem MissingSheet(string sheet) => At(SheetProblemKind.MissingSheet, new CellPlace(sheet), "sheet",
        new("lembar tidak ditemukan", "the sheet is missing"),
        new("Unggah templat tanpa mengganti nama atau menghapus lembar", "Upload the template without renaming or deleting sheets"));

    /// <summary>The metadata names another template version (or none).</summary>
    public static SheetProblem WrongTemplateVersion(string? found) => At(SheetProblemKind.WrongTemplateVersion, new CellPlace(SheetTexts.MetadataSheet), "template_version",
        new($"versi templat '{found}' tidak dikenal (diharapkan {SheetTexts.TemplateVersion})", $"template version '{found}' is not known (expected {SheetTexts.TemplateVersion})"),
        new("Unduh templat baru dari Karsa dan salin isian ke dalamnya", "Download a new template from Karsa and copy your entries into it"));

    /// <summary>The workbook was made for another region, agency or year.</summary>
    public static SheetProblem WrongTarget(LocalizedText what, string field, string? found, string expected) => At(SheetProblemKind.WrongTarget, new CellPlace(SheetTexts.MetadataSheet), field,
        new($"berkas ini untuk {what.Indonesian} '{found}', bukan '{expected}'", $"this file is for {what.In(Language.English)} '{found}', not '{expected}'"),
        new("Unggah templat yang diunduh untuk wilayah, perangkat daerah dan tahun ini", "Upload the template downloaded for this region, agency and year"));
}
