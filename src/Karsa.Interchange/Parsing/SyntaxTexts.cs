using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Parsing;

/// <summary>
/// What Karsa says about a plan file it cannot read, in Bahasa Indonesia and English: our own words
/// for every parser failure, so no parser's English text reaches a user.
/// </summary>
internal static class SyntaxTexts
{
    public static readonly LocalizedText NotUtf8 = new("berkas bukan teks UTF-8 yang sah", "the file is not valid UTF-8 text");
    public static readonly LocalizedText NoPlan = new("berkas tidak berisi rencana", "the file holds no plan");
    public static readonly LocalizedText OneYamlDocument = new("berkas rencana berisi satu dokumen YAML saja", "a plan file holds one YAML document");
    public static readonly LocalizedText FileSize = new("ukuran berkas dalam bita", "file size in bytes");
    public static readonly LocalizedText NestingDepth = new("kedalaman susunan", "nesting depth");
    public static readonly LocalizedText NodeCount = new("jumlah simpul", "number of nodes");
    public static readonly LocalizedText YamlAliases = new("anchor dan alias YAML", "YAML anchors and aliases");
    public static readonly LocalizedText FileNotFound = new("berkas tidak ditemukan", "the file does not exist");
    public static readonly LocalizedText IsAFolder = new("itu sebuah folder, bukan berkas", "it is a folder, not a file");
    public static readonly LocalizedText NoPermission = new("tidak ada izin membaca", "no permission to read it");
    public static readonly LocalizedText ReadFailed = new("gagal membaca dari disk", "reading from the disk failed");

    public static readonly LocalizedText TabIndent = new("tab dipakai untuk indentasi", "a tab is used for indentation");
    public static readonly LocalizedText TabHint = new(
        "YAML hanya menerima spasi untuk indentasi: ganti tab dengan spasi, bukan tab",
        "YAML indents with spaces only: use spaces, not tabs");

    public static readonly LocalizedText YamlNotWellFormed = new(
        "susunan YAML tidak sah di sekitar posisi ini",
        "the YAML is not well-formed near here");

    public static readonly LocalizedText YamlHint = new(
        "periksa indentasi, tanda ':' setelah tiap kunci, tanda '-' di depan butir daftar, dan tanda kutip atau kurung yang belum ditutup",
        "check the indentation, the ':' after each key, the '-' before list items, and quotes or brackets left open");

    /// <summary>A YAML tag the format refuses.</summary>
    public static LocalizedText UnsupportedTag(string tag) => new($"tag YAML '{tag}' tidak didukung", $"YAML tag '{tag}' is not supported");

    /// <summary>A file name extension that is not a plan file's.</summary>
    public static LocalizedText NotAPlanExtension(string extension) => new(
        $"'{extension}' bukan ekstensi berkas rencana: gunakan .yaml, .yml atau .json",
        $"'{extension}' is not a plan file extension: use .yaml, .yml or .json");
}
