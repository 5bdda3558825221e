namespace Karsa.Domain.Diagnostics;

/// <summary>The problems of an observations file (CSV) and of stored observations (KRS125-KRS129).</summary>
public static partial class Problems
{
    /// <summary>KRS125: a CSV line with more or fewer fields than the header has columns.</summary>
    public static Diagnostic CsvFieldCount(int expected, int found) => Error("KRS125",
        $"Baris ini berisi {found} kolom, padahal kepala berkas berisi {expected}",
        $"This line has {found} fields, but the header has {expected}",
        "isi setiap kolom (boleh kosong hanya evidence) dan apit teks yang memuat pemisah dengan tanda kutip ganda",
        "fill every column (only evidence may be empty) and put text holding the separator in double quotes");

    /// <summary>KRS126: a value that is not a plain decimal number in the file's decimal style.</summary>
    public static Diagnostic CsvNumber(string text, char separator) => Error("KRS126",
        $"Nilai '{text}' bukan angka desimal", $"The value '{text}' is not a decimal number",
        separator == ';'
            ? "tulis angka tanpa pemisah ribuan, dengan koma atau titik desimal, mis. 12,5 atau 12.5"
            : "tulis angka tanpa pemisah ribuan, dengan titik desimal (berkas dipisah koma), mis. 12.5",
        separator == ';'
            ? "write the number without thousands separators, with a decimal comma or point, e.g. 12,5 or 12.5"
            : "write the number without thousands separators, with a decimal point (the file is comma-separated), e.g. 12.5");

    /// <summary>KRS127: more errors than are listed; the first <paramref name="listed"/> are shown.</summary>
    public static Diagnostic MoreErrors(int listed, long more) => Error("KRS127",
        $"Masih ada {N(more)} kesalahan lain setelah {N(listed)} yang ditampilkan",
        $"There are {N(more)} more errors after the {N(listed)} shown",
        "perbaiki kesalahan yang ditampilkan lalu baca berkas lagi; sering satu sebab (mis. pemisah yang salah) membuat banyak kesalahan",
        "fix the errors shown and read the file again; often one cause (e.g. the wrong separator) makes many errors");

    /// <summary>KRS128: a quoted CSV field that is not closed or is followed by other text.</summary>
    public static Diagnostic CsvQuote() => Error("KRS128",
        "Tanda kutip ganda pada kolom ini tidak tertutup dengan benar",
        "The double quotes of this field are not closed properly",
        "tutup kutipan sebelum pemisah atau akhir baris (satu kolom tidak boleh melewati baris) dan tulis kutip di dalamnya sebagai \"\"",
        "close the quote before the separator or the end of the line (a field may not span lines) and write a quote inside it as \"\"");

    /// <summary>KRS129: a text longer than its field may hold.</summary>
    public static Diagnostic TextTooLong(int length, int max) => Error("KRS129",
        $"Teks ini {N(length)} karakter, paling banyak {N(max)}", $"This text has {N(length)} characters, at most {N(max)} are allowed",
        $"persingkat menjadi paling banyak {N(max)} karakter", $"shorten it to at most {N(max)} characters");
}
