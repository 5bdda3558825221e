using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Tests;

/// <summary>
/// Syntax and type problems are told in our own words in both languages: no parser or framework text
/// (YamlDotNet's, System.Text.Json's) reaches a user, and the expected-type phrase of KRS005 is translated.
/// </summary>
public sealed class SyntaxMessageTests
{
    private static readonly string[] FrameworkWords = ["LineNumber", "BytePosition", "reader options", "While scanning", "violate", "found invalid", "is an invalid"];

    [Fact]
    public void A_tab_in_the_indentation_says_use_spaces_at_the_tab_in_both_languages()
    {
        var error = Reading.Yaml("karsa: 1\nregion:\n  code: '33.13'\n\tname: Karanganyar\n").AssertAt("KRS001", 4, 1);

        Assert.Contains("spasi, bukan tab", error.Hint!.Indonesian, StringComparison.Ordinal);
        Assert.Contains("use spaces, not tabs", error.Hint.In(Language.English), StringComparison.Ordinal);
        AssertOwnWords(error.Format(Language.Indonesian), error.Format(Language.English));
    }

    [Fact]
    public void Other_yaml_syntax_errors_get_our_general_message_at_the_parser_position()
    {
        var error = Reading.Yaml("karsa: 1\nregion: [a, b\ntitle: x\n").Errors.Single();

        Assert.Equal("KRS001", error.Code);
        Assert.Contains("YAML tidak sah", error.Message.Indonesian, StringComparison.Ordinal);
        AssertOwnWords(error.Format(Language.Indonesian), error.Format(Language.English));
    }

    [Theory]
    [InlineData("{\"karsa\": 1,", "berkas berakhir sebelum JSON selesai", "the file ends before the JSON is complete")]
    [InlineData("{\"karsa\": 1,}", "hapus koma terakhir", "remove the last comma")]
    [InlineData("{\"karsa\": 1 \"title\": \"x\"}", "koma hilang", "a comma is missing")]
    [InlineData("{\"karsa\": }", "nilai setelah ':' belum ditulis", "the value after ':' is missing")]
    [InlineData("{'karsa': 1}", "kutip ganda", "double quotes")]
    [InlineData("{\"karsa\": 1 // note\n}", "komentar tidak diperbolehkan", "comments are not allowed")]
    [InlineData("{\"title\": hello}", "kata tidak dikenal", "an unknown word")]
    [InlineData("{\"karsa\": 01}", "angka tidak sah", "an invalid number")]
    [InlineData("{\"karsa\": [1}", "tidak cocok", "does not match")]
    [InlineData("{\"karsa\": 1} x", "setelah nilai JSON selesai", "after the end of the JSON value")]
    [InlineData("{\"title\": \"a\\qb\"}", "escape", "escape")]
    public void Each_kind_of_json_syntax_error_has_its_own_message(string json, string indonesian, string english)
    {
        var error = Reading.Json(json).Errors.Single();

        Assert.Equal("KRS001", error.Code);
        Assert.Contains(indonesian, error.Message.Indonesian, StringComparison.Ordinal);
        Assert.Contains(english, error.Message.In(Language.English), StringComparison.Ordinal);
        AssertOwnWords(error.Format(Language.Indonesian), error.Format(Language.English));
    }

    [Fact]
    public void The_expected_type_of_a_wrong_value_is_said_in_the_chosen_language()
    {
        var whole = Reading.Json("{\"karsa\": \"x\"}").AssertAt("KRS005", 1, 11);
        var mapping = Reading.Yaml("karsa: 1\nregion:\n  - a\n").Errors.First(e => e.Code == "KRS005");

        Assert.Contains("diharapkan bilangan bulat, ditemukan 'x'", whole.Message.Indonesian, StringComparison.Ordinal);
        Assert.Contains("expected a whole number, found 'x'", whole.Message.In(Language.English), StringComparison.Ordinal);
        Assert.Contains("tulis bilangan bulat", whole.Hint!.Indonesian, StringComparison.Ordinal);
        Assert.Contains("ditemukan 'sebuah daftar'", mapping.Message.Indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain(" a ", mapping.Message.Indonesian, StringComparison.Ordinal);
    }

    private static void AssertOwnWords(string indonesian, string english)
    {
        foreach (var word in FrameworkWords)
        {
            Assert.DoesNotContain(word, indonesian, StringComparison.Ordinal);
            Assert.DoesNotContain(word, english, StringComparison.Ordinal);
        }
    }
}
