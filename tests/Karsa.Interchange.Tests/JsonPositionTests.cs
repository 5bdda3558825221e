namespace Karsa.Interchange.Tests;

/// <summary>JSON positions come from byte offsets: 1-based lines, columns in UTF-16 code units as editors count them (an emoji counts two).</summary>
public class JsonPositionTests
{
    private const string Plan = """
        {
          "$schema": "../schemas/masterplan.schema.json",
          "karsa": 1,
          "region": {"code": "33.13", "name": "ꦏꦫꦁꦲꦚꦂ 😀", "kind": "kota-x", "province": "Jawa Tengah"},
          "title": "Uji",
          "period": {"first": 2022, "last": 2031},
          "agencies": [{"code": "DISKOMINFO", "name": "Dinas", "kind": "dinas", "capasity": 2}],
          "programmes": [
            {"code": "GOV-01", "name": "Satu", "dimension": "governance", "element": "public-service",
             "lead": "DISKOMINFO", "duration": 1, "costs": {"2023": {"apbd": 1.25}}, "code": "GOV-02"}
          ]
        }
        """;

    [Fact]
    public void Errors_in_json_are_placed_by_line_and_character_column()
    {
        var result = Reading.Json(Plan);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [("KRS003", 7, 73), ("KRS005", 4, 60), ("KRS006", 10, 78), ("KRS014", 10, 70)],
            result.ErrorPlaces().Order());
    }

    [Fact]
    public void A_json_syntax_error_is_placed_where_the_parser_stopped()
    {
        var result = Reading.Json("{\n  \"karsa\": 1,,\n}\n");

        result.AssertAt("KRS001", 2, 14);
    }

    [Fact]
    public void Json_text_where_a_number_is_expected_is_a_wrong_type()
    {
        var result = Reading.Json(Plan.Replace("\"duration\": 1", "\"duration\": \"1\"", StringComparison.Ordinal));

        result.AssertAt("KRS005", 10, 40);
    }

    [Fact]
    public void Cross_entity_errors_in_json_are_placed_at_the_offending_item()
    {
        var minimal = PlanWriter.Write(Testing.SamplePlans.Minimal(), PlanFormat.Json);
        var text = minimal.Replace("\"lead\": \"DISKOMINFO\"", "\"lead\": \"BAPPEDA\"", StringComparison.Ordinal);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("BAPPEDA", StringComparison.Ordinal)) + 1;

        var result = Reading.Json(text);

        result.AssertAt("KRS040", line, 15);
    }
}
