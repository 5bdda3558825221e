using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Spreadsheets;

/// <summary>Problems of one row or cell.</summary>
internal static partial class SheetProblems
{
    /// <summary>A header that differs from the template's.</summary>
    public static SheetProblem ChangedHeader(CellPlace place, string? found, string expected) => At(SheetProblemKind.ChangedHeader, place, "header",
        new($"judul kolom '{found}' berbeda dari templat ('{expected}')", $"the column header '{found}' differs from the template ('{expected}')"),
        new("Jangan memindah, menyisipkan atau mengganti nama kolom; unduh templat baru bila perlu", "Do not move, insert or rename columns; download a new template if needed"));

    /// <summary>A formula where a typed value is expected.</summary>
    public static SheetProblem Formula(CellPlace place) => At(SheetProblemKind.Formula, place, "formula",
        new("sel berisi rumus", "the cell holds a formula"),
        new("Ketik nilainya atau salin lalu tempel sebagai nilai (Paste Values)", "Type the value, or copy and paste it as a value (Paste Values)"));

    /// <summary>A code that the template does not have.</summary>
    public static SheetProblem UnknownCode(CellPlace place, string code) => At(SheetProblemKind.UnknownCode, place, "code",
        new($"kode '{code}' tidak ada dalam templat", $"code '{code}' is not in the template"),
        new("Hapus baris ini atau kembalikan kode aslinya", "Delete this row or restore its original code"));

    /// <summary>A code already seen on an earlier row.</summary>
    public static SheetProblem DuplicateCode(CellPlace place, string code, int firstRow) => At(SheetProblemKind.DuplicateCode, place, "code",
        new($"kode '{code}' sudah ada di baris {firstRow}", $"code '{code}' already appears on row {firstRow}"),
        new("Laporkan setiap kode sekali; hapus baris rangkapnya", "Report each code once; delete the duplicate row"));

    /// <summary>A code of the template with no row.</summary>
    public static SheetProblem MissingCode(CellPlace place, string code) => At(SheetProblemKind.MissingCode, place, "code",
        new($"kode '{code}' dari templat tidak ditemukan", $"code '{code}' of the template is missing"),
        new("Kembalikan baris yang terhapus (unduh templat baru bila perlu)", "Restore the deleted row (download a new template if needed)"));

    /// <summary>An empty required cell on a filled row.</summary>
    public static SheetProblem Required(CellPlace place) => At(SheetProblemKind.Required, place, "required",
        new("sel wajib diisi karena baris ini diisi", "the cell is required because the row is filled"),
        new("Isi sel ini atau kosongkan seluruh baris", "Fill this cell or leave the whole row empty"));

    /// <summary>A status not in the list.</summary>
    public static SheetProblem StatusNotInList(CellPlace place, string value, IEnumerable<string> names) => At(SheetProblemKind.StatusNotInList, place, "status",
        new($"status '{value}' tidak ada dalam daftar", $"status '{value}' is not in the list"),
        new($"Pilih salah satu: {string.Join(", ", names)}", $"Choose one of: {string.Join(", ", names)}"));

    /// <summary>Something that is not a number where one is needed.</summary>
    public static SheetProblem NotANumber(CellPlace place, string value) => At(SheetProblemKind.NotANumber, place, "number",
        new($"'{value}' bukan angka", $"'{value}' is not a number"),
        new("Tulis angka, mis. 1.250.000 atau 12,5", "Write a number, e.g. 1,250,000 or 12.5"));

    /// <summary>A percentage outside 0..100.</summary>
    public static SheetProblem PercentOutOfRange(CellPlace place, decimal value) => At(SheetProblemKind.PercentOutOfRange, place, "percent",
        new($"progres {IndonesianNumbers.FormatDecimal(value)} di luar 0..100", $"progress {En(value)} is outside 0..100"),
        new("Isi angka 0 sampai 100", "Enter a number from 0 to 100"));

    /// <summary>Money with a fraction.</summary>
    public static SheetProblem MoneyNotWhole(CellPlace place, decimal value) => At(SheetProblemKind.MoneyNotWhole, place, "money",
        new($"jumlah {IndonesianNumbers.FormatDecimal(value, 6)} bukan rupiah utuh", $"amount {En(value)} is not whole Rupiah"),
        new("Tulis rupiah utuh tanpa desimal", "Write whole Rupiah without decimals"));

    /// <summary>Negative money.</summary>
    public static SheetProblem MoneyNegative(CellPlace place, decimal value) => At(SheetProblemKind.MoneyNegative, place, "money",
        new($"jumlah {IndonesianNumbers.FormatDecimal(value)} negatif", $"amount {En(value)} is negative"),
        new("Tulis 0 atau lebih", "Write 0 or more"));

    /// <summary>A text over the length limit.</summary>
    public static SheetProblem TextTooLong(CellPlace place, int length, int limit) => At(SheetProblemKind.TextTooLong, place, "text",
        new($"teks {length} karakter melewati batas {limit}", $"the text of {length} characters is over the limit of {limit}"),
        new("Persingkat teksnya", "Shorten the text"));
}
