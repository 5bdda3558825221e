using Karsa.Testing;

namespace Karsa.Interchange.Tests;

public sealed class ReadFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("karsa-interchange-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("plan.yaml", PlanFormat.Yaml)]
    [InlineData("plan.YML", PlanFormat.Yaml)]
    [InlineData("plan.json", PlanFormat.Json)]
    public void A_written_file_reads_back_in_the_format_its_extension_names(string name, PlanFormat format)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, PlanWriter.Write(SamplePlans.Minimal(), format));

        var result = PlanReader.ReadFile(path);

        Assert.True(result.Succeeded, Reading.Describe(result));
        Assert.Equal(SamplePlans.Minimal(), result.Plan!.Content);
        Assert.All(result.Diagnostics, d => Assert.Equal(path, d.Location!.File));
    }

    [Fact]
    public void An_unknown_extension_is_a_diagnostic_not_an_exception()
    {
        var path = Path.Combine(_folder, "plan.txt");
        File.WriteAllText(path, "karsa: 1\n");

        var error = Assert.Single(PlanReader.ReadFile(path).Diagnostics);

        Assert.Equal("KRS001", error.Code);
        Assert.Contains(".txt", error.Message.English, StringComparison.Ordinal);
        Assert.Contains(".yaml", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_file_problem_naming_the_path_not_a_syntax_error()
    {
        var path = Path.Combine(_folder, "nowhere", "plan.yaml");

        var result = PlanReader.ReadFile(path);

        var error = Assert.Single(result.Diagnostics);
        Assert.False(result.Succeeded);
        Assert.Equal("KRS008", error.Code);
        Assert.Contains("does not exist", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("tidak ditemukan", error.Message.Indonesian, StringComparison.Ordinal);
        Assert.Contains(path, error.Message.Indonesian, StringComparison.Ordinal);
        Assert.Equal(path, error.Location!.File);
    }

    [Fact]
    public void A_folder_is_not_read_as_a_plan_file()
    {
        var folder = Path.Combine(_folder, "plans.yaml");
        Directory.CreateDirectory(folder);

        var error = Assert.Single(PlanReader.ReadFile(folder).Diagnostics);

        Assert.Equal("KRS008", error.Code);
        Assert.Contains("folder", error.Message.English, StringComparison.Ordinal);
    }
}
