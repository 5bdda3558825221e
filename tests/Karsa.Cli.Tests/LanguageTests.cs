using System.Text.RegularExpressions;

namespace Karsa.Cli.Tests;

/// <summary>
/// Every text <c>karsa</c> shows is in the chosen language: help, command-line errors, file errors and
/// the roadmap summary (numbers in Indonesian form in both languages).
/// </summary>
public sealed class LanguageTests
{
    // System.CommandLine's own English texts: none may reach an Indonesian user.
    private static readonly string[] LibraryEnglish =
    [
        "Usage:", "Options:", "Commands:", "Arguments:", "Description:", "Show help", "Show version", "[default:",
        "not recognized", "Must be one of", "Required argument", "Required command", "Unrecognized", "Cannot parse", "expects",
    ];

    public static TheoryData<string[]> HelpRequests => new()
    {
        { ["--help"] }, { ["roadmap", "--help"] }, { ["book", "-h"] }, { ["bench", "--help"] }, { ["bench", "mkp", "--help"] }, { ["export", "-?"] },
        { ["indicators", "--help"] }, { ["indicators", "import", "--help"] }, { ["indicators", "status", "-h"] },
    };

    public static TheoryData<string[], string> WrongCommandLines => new()
    {
        { ["book", "x.yaml", "--format", "xls"], "docx, html, pdf" },
        { ["export"], "REGION" },
        { ["frob"], "frob" },
        { ["validate", "a.yaml", "--zz"], "--zz" },
        { ["validate", "a.yaml", "b.yaml"], "b.yaml" },
        { ["roadmap", "x.yaml", "--time-limit", "abc"], "abc" },
        { ["roadmap", "x.yaml", "--format"], "--format" },
        { ["bench"], "mkp" },
        { [], "validate" },
    };

    [Theory]
    [MemberData(nameof(HelpRequests))]
    public async Task Help_is_in_Indonesian_by_default_and_in_English_on_request(string[] args)
    {
        var indonesian = await CliRunner.RunAtWidthAsync(80, args);
        var english = await CliRunner.RunAtWidthAsync(80, [.. args, "--lang", "en"]);

        Assert.Equal(ExitCodes.Ok, indonesian.Exit);
        Assert.Contains("Pemakaian:", indonesian.Out, StringComparison.Ordinal);
        Assert.Contains("Tampilkan bantuan dan cara pemakaian", indonesian.Out, StringComparison.Ordinal);
        foreach (var text in LibraryEnglish)
        {
            Assert.DoesNotContain(text, indonesian.Out, StringComparison.Ordinal);
        }

        Assert.Equal(ExitCodes.Ok, english.Exit);
        Assert.Contains("Usage:", english.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Pemakaian:", english.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[default: en]", english.Out, StringComparison.Ordinal);
        Assert.All(english.Out.Split('\n'), line => Assert.True(line.Length <= 80, $"longer than 80: {line}"));
    }

    [Fact]
    public async Task Help_shows_defaults_in_the_chosen_language_and_no_language_default_that_merely_echoes_the_choice()
    {
        var indonesian = await CliRunner.RunAsync("roadmap", "--help");
        var english = await CliRunner.RunAsync("roadmap", "--help", "--lang", "en");

        Assert.Contains("[bawaan: 10]", indonesian.Out, StringComparison.Ordinal);
        Assert.Contains("[default: 10]", english.Out, StringComparison.Ordinal);
        Assert.Contains("--format <csv|json|table>", english.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"--lang[^\n]*\[(bawaan|default)", indonesian.Out + english.Out);
    }

    [Theory]
    [MemberData(nameof(WrongCommandLines))]
    public async Task A_wrong_command_line_is_explained_in_the_chosen_language_with_exit_2(string[] args, string named)
    {
        var indonesian = await CliRunner.RunAsync(args);
        var english = await CliRunner.RunAsync(["--lang", "en", .. args]);

        Assert.Equal(ExitCodes.Usage, indonesian.Exit);
        Assert.Contains(named, indonesian.Error, StringComparison.Ordinal);
        Assert.Contains("Lihat 'karsa", indonesian.Error, StringComparison.Ordinal);
        foreach (var text in LibraryEnglish)
        {
            Assert.DoesNotContain(text, indonesian.Error, StringComparison.Ordinal);
        }

        Assert.Equal(ExitCodes.Usage, english.Exit);
        Assert.Contains(named, english.Error, StringComparison.Ordinal);
        Assert.Contains("See 'karsa", english.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, indonesian.Out + english.Out);
    }

    [Fact]
    public async Task An_unknown_language_is_refused_naming_the_two_there_are()
    {
        var (exit, _, error) = await CliRunner.RunAsync("plans", "--lang", "fr");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("'fr'", error, StringComparison.Ordinal);
        Assert.Contains("en, id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_plan_file_exits_7_naming_the_file_not_a_syntax_error()
    {
        using var folder = new TempFolder();
        var missing = folder.File("nowhere.yaml");

        var indonesian = await CliRunner.RunAsync("validate", missing);
        var english = await CliRunner.RunAsync("import", missing, "--db", folder.File("k.db"), "--lang", "en");

        Assert.Equal(ExitCodes.FileError, indonesian.Exit);
        Assert.Contains(missing, indonesian.Error, StringComparison.Ordinal);
        Assert.Contains("tidak ditemukan", indonesian.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("sintaks", indonesian.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.FileError, english.Exit);
        Assert.Contains("does not exist", english.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("k.db")));
    }

    [Theory]
    [InlineData("id", "spasi, bukan tab", "diharapkan bilangan bulat", "berkas berakhir sebelum JSON selesai")]
    [InlineData("en", "use spaces, not tabs", "expected a whole number", "the file ends before the JSON is complete")]
    public async Task Parser_problems_are_told_in_the_chosen_language(string language, string tab, string wholeNumber, string truncated)
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("tab.yaml"), "karsa: 1\nregion:\n\tcode: '33.13'\n");
        await File.WriteAllTextAsync(folder.File("type.json"), "{\"karsa\": \"satu\"}");
        await File.WriteAllTextAsync(folder.File("cut.json"), "{\"karsa\": 1,");

        var outputs = new List<string>();
        foreach (var file in new[] { "tab.yaml", "type.json", "cut.json" })
        {
            var (exit, _, error) = await CliRunner.RunAsync("validate", folder.File(file), "--lang", language);
            Assert.Equal(ExitCodes.InvalidInput, exit);
            outputs.Add(error);
        }

        Assert.Contains(tab, outputs[0], StringComparison.Ordinal);
        Assert.Matches(@"tab\.yaml:3:1: ", outputs[0]);
        Assert.Contains(wholeNumber, outputs[1], StringComparison.Ordinal);
        Assert.Contains(truncated, outputs[2], StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", outputs[2], StringComparison.Ordinal);
        Assert.DoesNotContain("violate", outputs[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_roadmap_summary_writes_every_number_in_Indonesian_form_in_English_too()
    {
        var (exit, output, error) = await CliRunner.RunAtWidthAsync(200, "roadmap", CliRunner.SamplePlan, "--time-limit", "2", "--strategy", "greedy", "--lang", "en");

        Assert.True(exit == ExitCodes.Ok, error);
        var summary = output.Split('\n').Single(line => line.StartsWith("Value ", StringComparison.Ordinal));
        Assert.Matches(@"^Value \d+,\d+, bound", summary);
        Assert.DoesNotMatch(@"\d\.\d{1,2}(?!\d)", summary);
    }
}
