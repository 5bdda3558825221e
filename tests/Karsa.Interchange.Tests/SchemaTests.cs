using System.Text.Json;
using CsCheck;
using Json.Schema;
using Karsa.Interchange.Parsing;
using Karsa.Interchange.Tree;
using Karsa.Interchange.Writing;
using Karsa.Testing;

namespace Karsa.Interchange.Tests;

/// <summary>schemas/masterplan.schema.json describes the files Karsa reads and writes (YAML checked through its tree as JSON).</summary>
public class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "masterplan.schema.json")));

    [Fact]
    public void The_yaml_sample_is_valid() => AssertValid(YamlAsJson(Reading.Sample("karanganyar.yaml")));

    [Fact]
    public void The_published_karanganyar_sample_is_valid()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Karsa.sln")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        AssertValid(YamlAsJson(File.ReadAllText(Path.Combine(folder.FullName, "samples", "karanganyar", "masterplan.yaml"))));
    }

    [Fact]
    public void Written_plans_are_valid_in_both_formats() =>
        PlanGenerators.Plan.Sample(plan =>
        {
            AssertValid(PlanWriter.Write(plan, PlanFormat.Json));
            AssertValid(YamlAsJson(PlanWriter.Write(plan, PlanFormat.Yaml)));
        }, iter: 60, threads: 1);

    [Theory]
    [InlineData("\"duration\": 1", "\"duration\": 1, \"durasi\": 1")]
    [InlineData("\"apbd\": 250000000", "\"apbd\": 250000000.5")]
    [InlineData("\"apbd\": 250000000", "\"apbd\": -1")]
    [InlineData("\"2022\": {", "\"1900\": {")]
    [InlineData("\"code\": \"33.13\"", "\"code\": \"33.13.01\"")]
    [InlineData("\"dimension\": \"governance\"", "\"dimension\": \"smart\"")]
    [InlineData("\"karsa\": 3", "\"karsa\": 4")]
    public void The_schema_refuses_what_the_reader_refuses(string original, string broken)
    {
        var json = PlanWriter.Write(SamplePlans.Minimal(), PlanFormat.Json).Replace(original, broken, StringComparison.Ordinal);
        Assert.NotEqual(PlanWriter.Write(SamplePlans.Minimal(), PlanFormat.Json), json);

        Assert.False(Evaluate(json).IsValid);
        Assert.False(Reading.Json(json).Succeeded);
    }

    private static string YamlAsJson(string yaml) =>
        JsonNodeWriter.Write(YamlTreeReader.Read(yaml, new ReadContext("yaml")) ?? throw new InvalidDataException("not YAML"));

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static void AssertValid(string json)
    {
        var results = Evaluate(json);
        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}");
        Assert.True(results.IsValid, string.Join("\n", errors) + "\n" + json);
    }
}
