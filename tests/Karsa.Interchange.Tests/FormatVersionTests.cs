using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Tests;

public class FormatVersionTests
{
    /// <summary>A version 1 file whose terms (line 11) hold the quick-win years.</summary>
    private static readonly string Version1 = Snippets.Header.Replace("karsa: 2", "karsa: 1", StringComparison.Ordinal)
        + "terms: {quickWinYears: 2, shortTermYears: 5, mediumTermYears: 10}\n";

    [Fact]
    public void A_version_1_file_is_upgraded_and_written_back_as_version_3()
    {
        var read = Reading.Yaml(Version1);

        Assert.True(read.Succeeded, Reading.Describe(read));
        Assert.Equal(2, read.Plan!.Content.Terms.QuickWinYears);
        var written = PlanWriter.Write(read.Plan, PlanFormat.Yaml);
        Assert.StartsWith("karsa: 3\n", written, StringComparison.Ordinal);
        Assert.Contains("\nquickWins: {years: 2}\n", written, StringComparison.Ordinal);
        Assert.DoesNotContain("quickWinYears", written, StringComparison.Ordinal);
        Assert.Equal(read.Plan.Content, Reading.Yaml(written).Plan!.Content);
    }

    [Fact]
    public void A_problem_in_an_upgraded_field_points_into_the_old_file()
    {
        var read = Reading.Yaml(Version1.Replace("quickWinYears: 2, shortTermYears: 5", "quickWinYears: 6, shortTermYears: 5", StringComparison.Ordinal));

        read.AssertAt("KRS017", 11, 8);
    }

    [Fact]
    public void Version_2_keeps_quick_win_years_under_quick_wins_only()
    {
        var read = Reading.Yaml(Version1.Replace("karsa: 1", "karsa: 2", StringComparison.Ordinal));

        read.AssertAt("KRS003", 11, 9);
    }

    [Theory]
    [InlineData("karsa: 4", "KRS009")]
    [InlineData("karsa: 0", "KRS009")]
    public void An_unknown_format_version_is_refused_at_its_value(string line, string code)
    {
        var read = Reading.Yaml(Version1.Replace("karsa: 1", line, StringComparison.Ordinal));

        var problem = read.AssertAt(code, 1, 8);
        Assert.Single(read.Errors);
        Assert.Contains(line.Split(' ')[1], problem.Message.In(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Quick_win_priority_dimensions_are_read_and_unknown_ones_refused()
    {
        var ok = Reading.Yaml(Snippets.Header + "quickWins: {priority: [governance, living]}\n");
        var bad = Reading.Yaml(Snippets.Header + "quickWins: {priority: [governance, smart]}\n");

        Assert.Equal([Dimension.Governance, Dimension.Living], ok.Plan!.Content.QuickWinPriority);
        bad.AssertAt("KRS020", 11, 36);
    }
}
