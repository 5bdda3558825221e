using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Parsing;

/// <summary>
/// The phrases of a wrong-type problem (KRS005) in Bahasa Indonesia and English: what a field expects,
/// and how a mapping or list that stands where a value belongs is named.
/// </summary>
internal static class Expected
{
    public static readonly LocalizedText Text = new(
        "teks (dalam tanda kutip bila mirip angka, true/false atau null)", "text (quoted if it looks like a number, true/false or null)");

    public static readonly LocalizedText Number = new("sebuah angka", "a number");
    public static readonly LocalizedText WholeNumber = new("bilangan bulat", "a whole number");
    public static readonly LocalizedText Rupiah = new("jumlah rupiah utuh (bilangan bulat)", "a whole number of Rupiah");
    public static readonly LocalizedText Boolean = new("true atau false", "true or false");
    public static readonly LocalizedText Year = new("tahun empat digit", "a four-digit year");
    public static readonly LocalizedText PlainKey = new("kunci berupa teks biasa", "a plain key");
    public static readonly LocalizedText Fields = new("pemetaan kolom (kunci: nilai)", "a mapping of fields (key: value)");
    public static readonly LocalizedText Mapping = new("sebuah pemetaan (kunci: nilai)", "a mapping (key: value)");
    public static readonly LocalizedText List = new("sebuah daftar", "a list");
    public static readonly LocalizedText Empty = new("teks kosong", "empty text");

    /// <summary>One of the given keys.</summary>
    public static LocalizedText OneOf(IEnumerable<string> keys)
    {
        var list = string.Join(", ", keys);
        return new($"salah satu dari {list}", $"one of {list}");
    }
}
