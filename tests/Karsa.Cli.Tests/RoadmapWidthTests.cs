using Karsa.Cli.Output;
using Karsa.Domain.Primitives;
using Karsa.Interchange;

namespace Karsa.Cli.Tests;

/// <summary>The roadmap table fits the width it is given and never cuts a word.</summary>
public sealed class RoadmapWidthTests
{
    [Theory]
    [InlineData(80, "id")]
    [InlineData(80, "en")]
    [InlineData(200, "id")]
    public async Task The_roadmap_table_fits_the_width_without_splitting_a_word(int width, string language)
    {
        var plan = PlanReader.ReadFile(CliRunner.SamplePlan).Plan!;
        var (exit, output, error) = await CliRunner.RunAtWidthAsync(width, "roadmap", CliRunner.SamplePlan, "--time-limit", "2", "--lang", language);

        Assert.True(exit == ExitCodes.Ok, error);
        var lines = output.Split('\n');
        Assert.All(lines, line => Assert.True(line.TrimEnd('\r').Length <= width, $"{line.Length} > {width}: {line}"));
        var words = new HashSet<string>(output.Split([' ', '\n', '\r', '│', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        var lang = language == "en" ? Language.English : Language.Indonesian;
        foreach (var programme in plan.Programmes)
        {
            Assert.Contains(programme.Code.Value, words);
            foreach (var word in programme.Name.In(lang).Split([' ', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(words.Contains(word), $"'{word}' of '{programme.Name.In(lang)}' is cut at width {width}");
            }
        }

        Assert.Contains(width < 140 ? (language == "en" ? "Years" : "Tahun") : "Selesai", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(37)]
    [InlineData(80)]
    public void Text_wraps_at_word_boundaries_keeping_every_word(int width)
    {
        const string text = "APBD 2023 falls short: Rp 320.000.000 left of its Rp 8.500.000.000 ceiling, this programme needs Rp 450.000.000\nstarting it in 2023 means dropping ECO-06 and LIV-12";

        var lines = TextWrap.Lines(text, width).ToList();

        Assert.All(lines, line => Assert.True(line.Length <= width, line));
        Assert.Equal(text.Replace('\n', ' ').Split(' '), lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Only_a_word_longer_than_the_line_is_cut()
    {
        Assert.Equal(["abcde", "fgh", "ij"], TextWrap.Lines("abcdefgh ij", 5));
    }
}
