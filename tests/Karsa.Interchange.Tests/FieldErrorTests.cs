using Karsa.Domain.Diagnostics;

namespace Karsa.Interchange.Tests;

/// <summary>Field-level problems: each family is reported with its code at the exact line and column.</summary>
public class FieldErrorTests
{
    [Fact]
    public void A_file_with_errors_in_many_places_reports_every_one_with_its_position()
    {
        var result = Reading.Yaml("""
            karsa: 1
            region:
              code: "33.1"
              name: Karanganyar
              kind: kabupaten
              province: Jawa Tengah
              populasi: 5
            titel: Uji
            period: {first: 2022, last: 3000}
            agencies:
              - {code: "DIS KOMINFO", name: Dinas, kind: dinas}
            programmes:
              - code: GOV-01
                name: Satu
                dimension: governance
                element: public-service
                lead: DISKOMINFO
                duration: dua
                costs:
                  2023: {apbd: 1.5, csr: -5}
                quickWin: true
                quickWin: false
            """);

        Assert.False(result.Succeeded);
        Assert.Null(result.Plan);
        List<(string, int, int)> expected =
        [
            ("KRS006", 22, 5),  // duplicate key quickWin
            ("KRS003", 8, 1),   // unknown field titel
            ("KRS004", 1, 1),   // title missing (reported at the top mapping)
            ("KRS010", 3, 9),   // region code "33.1"
            ("KRS003", 7, 3),   // unknown field populasi
            ("KRS012", 9, 29),  // last year 3000
            ("KRS011", 11, 12), // agency code with a space (the value starts at its quote)
            ("KRS005", 18, 15), // duration: dua
            ("KRS014", 20, 20), // 1.5 Rupiah
            ("KRS013", 20, 30), // -5 Rupiah
        ];
        Assert.Equal(expected.Order(), result.ErrorPlaces().Order());
    }

    [Fact]
    public void An_unknown_field_lists_the_fields_known_there()
    {
        var result = Reading.Yaml(Snippets.Header + "programmes:\n  - code: GOV-01\n    nama: Satu\n");

        var unknown = result.AssertAt("KRS003", 13, 5);
        Assert.Contains("nama", unknown.Message.English, StringComparison.Ordinal);
        Assert.Contains("code, name, description, dimension", unknown.Hint!.English, StringComparison.Ordinal);
        Assert.Equal("programmes[0].nama", unknown.Path);
    }

    [Fact]
    public void A_missing_required_field_is_reported_at_its_mapping()
    {
        var result = Reading.Yaml(Snippets.Header + """
            programmes:
              - code: GOV-01
                name: Satu
                dimension: governance
                element: public-service
                duration: 1
            """);

        var missing = result.AssertAt("KRS004", 12, 5);
        Assert.Equal("programmes[0].lead", missing.Path);
        Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("    duration: \"2\"\n", "KRS005", 17, 15)]
    [InlineData("    duration: 2.5\n", "KRS005", 17, 15)]
    [InlineData("    duration: \" \"\n", "KRS005", 17, 15)]
    [InlineData("    duration: 40\n", "KRS016", 17, 15)]
    [InlineData("    duration: 1\n    costs: {2023: {apbd: \"1000\"}}\n", "KRS005", 18, 26)]
    [InlineData("    duration: 1\n    costs: {2023: {apbd: 100.0}}\n", "KRS014", 18, 26)]
    [InlineData("    duration: 1\n    costs: {2023: {apbd: -1}}\n", "KRS013", 18, 26)]
    [InlineData("    duration: 1\n    costs: {2023: {apdb: 1}}\n", "KRS146", 18, 20)]
    [InlineData("    duration: 1\n    costs: {1900: {apbd: 1}}\n", "KRS012", 18, 13)]
    [InlineData("    duration: 1\n    start: {earliest: 2025, latest: 2024}\n", "KRS035", 18, 5)]
    [InlineData("    duration: 1\n    quickWin: ya\n", "KRS005", 18, 15)]
    [InlineData("    duration: 1\n    dependsOn: [GOV-01]\n", "KRS038", 18, 5)]
    [InlineData("    duration: 1\n    dependsOn: [{programme: GOV-02, lag: 21}]\n", "KRS016", 18, 42)]
    public void A_wrong_programme_value_is_reported_with_its_code_at_its_position(string tail, string code, int line, int column)
    {
        var result = Reading.Yaml(Snippets.Header + """
            programmes:
              - code: GOV-01
                name: Satu
                dimension: governance
                element: public-service
                lead: DISKOMINFO

            """ + tail);

        result.AssertAt(code, line, column);
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("dimension: governance", "dimension: smart", "KRS020", 14, 16)]
    [InlineData("dimension: governance", "dimension: [governance]", "KRS005", 14, 16)]
    [InlineData("code: GOV-01", "code: GOV 01", "KRS011", 12, 11)]
    [InlineData("lead: DISKOMINFO", "lead: 12", "KRS005", 16, 11)]
    public void Codes_and_enum_keys_are_checked_and_placed_at_the_value(string original, string replacement, string code, int line, int column)
    {
        var programme = """
            programmes:
              - code: GOV-01
                name: Satu
                dimension: governance
                element: public-service
                lead: DISKOMINFO
                duration: 1
            """;

        var result = Reading.Yaml(Snippets.Header + programme.Replace(original, replacement, StringComparison.Ordinal));

        result.AssertAt(code, line, column);
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Format_version_and_plan_version_are_checked()
    {
        var newer = Reading.Yaml(Snippets.Header.Replace("karsa: 2", "karsa: 4", StringComparison.Ordinal) + "version: 0\n");
        var versioned = Reading.Yaml(Snippets.Header + "version: 0\n");

        newer.AssertAt("KRS009", 1, 8);
        versioned.AssertAt("KRS057", 11, 10);
    }

    [Fact]
    public void A_syntax_error_is_reported_at_the_parser_position_without_an_exception()
    {
        var result = Reading.Yaml("karsa: 1\nregion: [a, b\ntitle: x\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("KRS001", error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(3, error.Location!.Line);
    }

    [Fact]
    public void The_top_level_must_be_a_mapping()
    {
        Reading.Yaml("- karsa\n").AssertAt("KRS005", 1, 1);
        Reading.Yaml("").AssertAt("KRS001", 1, 1);
    }
}
