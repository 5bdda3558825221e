using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Parsing;

/// <summary>
/// Names a JSON syntax error in our own words from the bytes around the place where the reader
/// stopped (the framework's text is English and speaks of reader options and byte positions).
/// </summary>
internal static class JsonSyntaxError
{
    /// <summary>What is wrong at byte <paramref name="offset"/> of <paramref name="utf8"/>; <paramref name="depth"/> is the reader's nesting depth there.</summary>
    public static LocalizedText Describe(ReadOnlySpan<byte> utf8, long offset, int depth)
    {
        if (offset >= utf8.Length || (depth > 0 && utf8[(int)offset] is not ((byte)'}' or (byte)']') && IsBlank(utf8[((int)offset + 1)..])))
        {
            return new("berkas berakhir sebelum JSON selesai: ada nilai, '}' atau ']' yang belum ditulis",
                "the file ends before the JSON is complete: a value, '}' or ']' is missing");
        }

        var at = utf8[(int)offset];
        var before = PreviousSignificant(utf8, offset);
        return (at, before) switch
        {
            (_, (byte)'\\') => new("urutan escape dengan '\\' tidak sah (yang sah: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
                "an invalid escape sequence with '\\' (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"),
            ( >= (byte)'0' and <= (byte)'9', >= (byte)'0' and <= (byte)'9') or (_, (byte)'-' or (byte)'.' or (byte)'+') =>
                new("angka tidak sah (tanpa nol di depan, desimal dengan titik)", "an invalid number (no leading zeros, decimals with a point)"),
            _ when UnknownWordBefore(utf8, offset) => UnknownWord,
            ((byte)'}' or (byte)']', (byte)',') => new("koma sebelum kurung tutup tidak diperbolehkan dalam JSON: hapus koma terakhir",
                "a comma before a closing bracket is not allowed in JSON: remove the last comma"),
            ((byte)'}' or (byte)']' or (byte)',', (byte)':') => new("nilai setelah ':' belum ditulis", "the value after ':' is missing"),
            ((byte)',', (byte)'{' or (byte)'[' or (byte)',') => new("ada koma tanpa nilai di depannya", "a comma has no value before it"),
            ((byte)'}' or (byte)']', _) => new("kurung tutup ini tidak cocok dengan kurung pembukanya", "this closing bracket does not match its opening bracket"),
            ((byte)'/', _) => new("komentar tidak diperbolehkan dalam JSON (gunakan YAML bila perlu komentar)", "comments are not allowed in JSON (use YAML for comments)"),
            ((byte)'\'', _) => new("JSON memakai tanda kutip ganda (\"), bukan kutip tunggal", "JSON uses double quotes (\"), not single quotes"),
            ( < 0x20, _) => new("karakter kendali (mis. tab atau baris baru) di dalam teks: tulis \\t atau \\n",
                "a control character (e.g. a tab or line break) inside a text: write \\t or \\n"),
            _ when depth == 0 && before is not 0 => new("ada isi lagi setelah nilai JSON selesai", "there is more after the end of the JSON value"),
            _ when EndsValue(before) && StartsValue(at) => new("koma hilang di antara dua nilai", "a comma is missing between two values"),
            ((byte)'-' or (>= (byte)'0' and <= (byte)'9'), _) => new("angka tidak sah (tanpa nol di depan, desimal dengan titik)", "an invalid number (no leading zeros, decimals with a point)"),
            ( >= (byte)'A' and <= (byte)'z', _) => UnknownWord,
            ((byte)':', _) => new("titik dua ini tidak didahului nama kunci dalam kutip ganda", "this colon does not follow a key name in double quotes"),
            _ => new("JSON tidak sah di sini", "the JSON is not valid here"),
        };
    }

    private static LocalizedText UnknownWord { get; } = new(
        "kata tidak dikenal: teks harus ditulis dalam tanda kutip ganda; kata tanpa kutip hanya true, false dan null",
        "an unknown word: text must be written in double quotes; the only unquoted words are true, false and null");

    /// <summary>The message for a text whose \u escapes do not decode to valid UTF-16 (e.g. a lone surrogate).</summary>
    public static LocalizedText InvalidEscape { get; } = new("teks berisi escape \\u yang tidak sah", "the text holds an invalid \\u escape");

    private static bool UnknownWordBefore(ReadOnlySpan<byte> utf8, long offset)
    {
        var end = (int)offset;
        var start = end;
        while (start > 0 && utf8[start - 1] is >= (byte)'a' and <= (byte)'z')
        {
            start--;
        }

        var word = utf8[start..end];
        return !word.IsEmpty && !word.SequenceEqual("true"u8) && !word.SequenceEqual("false"u8) && !word.SequenceEqual("null"u8);
    }

    private static bool IsBlank(ReadOnlySpan<byte> rest) => rest.TrimStart(" \t\r\n"u8).IsEmpty;

    private static byte PreviousSignificant(ReadOnlySpan<byte> utf8, long offset)
    {
        for (var i = (int)offset - 1; i >= 0; i--)
        {
            if (utf8[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return utf8[i];
            }
        }

        return 0;
    }

    private static bool EndsValue(byte b) => b is (byte)'"' or (byte)'}' or (byte)']' or (>= (byte)'0' and <= (byte)'9') or (byte)'e' or (byte)'l';

    private static bool StartsValue(byte b) => b is (byte)'"' or (byte)'{' or (byte)'[' or (byte)'-' or (>= (byte)'0' and <= (byte)'9') or (byte)'t' or (byte)'f' or (byte)'n';
}
