using Karsa.Domain.Programmes;

namespace Karsa.Interchange.Tests;

/// <summary>The hand-written sample (every section, the yaml-language-server comment) reads, and writes back canonically.</summary>
public class SampleFileTests
{
    [Fact]
    public void The_sample_reads_without_errors_and_keeps_its_warnings()
    {
        var result = Reading.Yaml(Reading.Sample("karanganyar.yaml"));

        Assert.True(result.Succeeded, Reading.Describe(result));
        Assert.Empty(result.Errors);
        Assert.Contains(result.Diagnostics, d => d.Code == "KRS100");
        var plan = result.Plan!.Content;
        Assert.Equal("Karanganyar", plan.Region.Name);
        Assert.Equal(2, plan.Region.Districts.Count);
        Assert.Equal(772.2m, plan.Region.AreaKm2!.Value);
        Assert.Equal(2, plan.Narratives.Count);
        Assert.Equal("Kabupaten Karanganyar terletak di lereng Gunung Lawu.\n\nDokumen ini menyusun **program** smart city.\n", plan.Narratives[0].Markdown.Indonesian);
        Assert.Equal(4, plan.Swot.Count);
        var gov = plan.Programmes[0];
        Assert.Equal([new CostLine(new(2023), FundingSource.Apbd, new(250_000_000)), new CostLine(new(2023), FundingSource.Csr, new(50_000_000)), new CostLine(new(2024), FundingSource.Apbd, new(100_000_000))], gov.Costs);
        Assert.Equal(1, plan.Programmes[1].DependsOn[0].LagYears);
        Assert.Equal(60.5m, plan.Targets[1].Value);
        Assert.Equal(0.8m, plan.Scenarios[0].ScaleCeilings[0].Factor);
    }

    [Fact]
    public void Writing_the_sample_and_reading_it_again_gives_the_same_plan_in_both_formats()
    {
        var plan = Reading.Yaml(Reading.Sample("karanganyar.yaml")).Plan!.Content;

        foreach (var format in new[] { PlanFormat.Yaml, PlanFormat.Json })
        {
            var text = PlanWriter.Write(plan, format);
            Assert.Equal(plan, PlanReader.Read(text, format, "again").Plan?.Content);
        }
    }

    [Fact]
    public void A_json_file_may_name_its_schema()
    {
        var json = PlanWriter.Write(Testing.SamplePlans.Minimal(), PlanFormat.Json)
            .Replace("{\n  \"karsa\"", "{\n  \"$schema\": \"../schemas/masterplan.schema.json\",\n  \"karsa\"", StringComparison.Ordinal);

        Assert.True(Reading.Json(json).Succeeded);
    }

    [Theory]
    [InlineData(PlanFormat.Yaml)]
    [InlineData(PlanFormat.Json)]
    public void A_byte_order_mark_is_ignored_in_text_and_in_streams(PlanFormat format)
    {
        var text = "\uFEFF" + PlanWriter.Write(Testing.SamplePlans.Minimal(), format);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.True(PlanReader.Read(text, format, "bom").Succeeded);
        Assert.True(PlanReader.Read(stream, format, "bom").Succeeded);
    }
}
