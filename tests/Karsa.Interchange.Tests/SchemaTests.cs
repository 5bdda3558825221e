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

    [Fact]
    public void A_plan_with_every_part_of_format_3_is_valid_in_both_formats_and_reads_back()
    {
        var plan = EveryFormat3Part();

        var json = PlanWriter.Write(plan, PlanFormat.Json);
        AssertValid(json);
        AssertValid(YamlAsJson(PlanWriter.Write(plan, PlanFormat.Yaml)));
        Assert.True(Reading.Json(json).Succeeded);
        foreach (var key in new[] { "\"valueModel\"", "\"book\"", "\"sections\"", "\"fundingSources\"", "\"coLeads\"", "\"implementers\"", "\"locations\"",
            "\"status\"", "\"startedIn\"", "\"recurrence\"", "\"renstra\"", "\"objective\"", "\"outputs\"", "\"outcomes\"", "\"canvas\"", "\"quickWins\"" })
        {
            Assert.Contains(key, json, StringComparison.Ordinal);
        }
    }

    /// <summary>The minimal plan with front matter, every plan-level section, an added source, a value model and programmes using every new field.</summary>
    private static Domain.Plans.MasterplanContent EveryFormat3Part()
    {
        static Domain.Primitives.LocalizedText T(string text) => new(text);
        var minimal = SamplePlans.Minimal();
        var gov = ProgrammeParts.Of(minimal.Programmes[0]) with
        {
            CoLeads = [new Domain.Primitives.AgencyCode("BAPPEDA")],
            Implementers = [new Domain.Programmes.Implementer("Pemerintah Desa Jantiharjo", Domain.Programmes.ImplementerKind.Village)],
            Locations = [new Domain.Primitives.RegionCode("33.13.09"), new Domain.Primitives.RegionCode("33.13.09.2001")],
            Objective = T("Izin tanpa antre"),
            Outputs = [new Domain.Programmes.ProgrammeResult(T("Aplikasi MPP beroperasi"), unit: "aplikasi", targets: [new Domain.Programmes.ResultTarget(new Domain.Primitives.FiscalYear(2023), 1)])],
            Outcomes = [new Domain.Programmes.ProgrammeResult(T("Izin terbit daring"), unit: "%", targets: [new Domain.Programmes.ResultTarget(new Domain.Primitives.FiscalYear(2026), 75)])],
            Renstra = "Renstra Diskominfo 2021-2026 Program 2",
            Canvas = new Domain.Programmes.ServiceCanvas(T("Antre"), T("UMKM"), T("Izin daring"), T("DPMPTSP"), T("75 % daring")),
        };
        var service = new Domain.Programmes.Programme(new Domain.Primitives.ProgrammeCode("GOV-02"), T("Layanan aduan"), Domain.Catalogue.Dimension.Governance,
            new Domain.Primitives.ElementCode("public-service"), new Domain.Primitives.AgencyCode("DISKOMINFO"), null, [], status: Domain.Programmes.DeliveryStatus.Running,
            startedIn: new Domain.Primitives.FiscalYear(2019), recurrence: Domain.Programmes.ProgrammeRecurrence.OpenEnded);
        return minimal with
        {
            Agencies = [.. minimal.Agencies, new Domain.Agencies.Agency(new Domain.Primitives.AgencyCode("BAPPEDA"), "Bappeda", Domain.Agencies.AgencyKind.Badan)],
            ValueModel = new Domain.Plans.ValueModel(15, 3.5m),
            QuickWinPriority = [Domain.Catalogue.Dimension.Governance],
            BookMatter = new Domain.Plans.BookMatter(new Domain.Plans.SignedText(T("Puji syukur."), "Budi", T("Kepala Bappeda")), new Domain.Plans.SignedText(T("Sambutan.")),
                new Domain.Plans.Approval(T("Peraturan Bupati"), "45 Tahun 2022", new DateOnly(2022, 12, 15), T("Masterplan Smart City")), new DateOnly(2022, 12, 20)),
            Sections = new Domain.Plans.PlanSections(
                new Domain.Plans.SupportingInfrastructure(T("Integrasi"), T("Jaringan"), T("Pusat data"), T("Ruang kendali")),
                new Domain.Plans.InstitutionsAndStaffing(T("Kebijakan"), T("Dewan"), T("Tim"), T("SDM")),
                new Domain.Plans.ChangeManagement(T("Pola pikir"), T("Ko-kreasi"), T("Pemerintah"), T("Warga"), T("Komunitas")),
                new Domain.Plans.FinancingAndStakeholders(T("Gambaran"), [new Domain.Plans.FinancingPattern(Domain.Programmes.FundingSource.Csr, T("Sponsor"))],
                    [new Domain.Plans.Stakeholder(T("Perguruan tinggi"), T("Kajian"))])),
            FundingSources = new Domain.Programmes.FundingSourceCatalog([new Domain.Programmes.FundingSourceDefinition(
                new Domain.Programmes.FundingSource("hibah-provinsi"), new Domain.Primitives.LocalizedText("Hibah Provinsi", "Provincial grant"), T("Bantuan provinsi"))]),
            Programmes = [gov.Build(), service],
        };
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
