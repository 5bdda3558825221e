namespace Karsa.Cli.Tests;

public sealed class StorageErrorTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Usename=karsa;Database=karsa", "'Usename'")]
    [InlineData("Host=127.0.0.1;Port=notaport;Database=karsa", "'Port'")]
    public async Task A_typo_in_a_postgres_connection_string_is_a_database_error_naming_the_keyword(string db, string named)
    {
        var (exit, _, error) = await CliRunner.RunAsync("plans", "--db", db, "--lang", "en");

        Assert.Equal(ExitCodes.Database, exit);
        Assert.Contains(named, error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_as_database_says_to_give_a_file_path()
    {
        using var folder = new TempFolder();

        var (exit, _, error) = await CliRunner.RunAsync("import", CliRunner.SamplePlan, "--db", folder.Path, "--lang", "en");

        Assert.Equal(ExitCodes.Database, exit);
        Assert.Contains("is a folder", error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(folder.Path, "karsa.db"), error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exporting_an_unknown_region_is_not_found()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync("import", CliRunner.SamplePlan, "--db", db)).Exit);

        var (exit, _, error) = await CliRunner.RunAsync("export", "99.99", "--db", db, "--lang", "en");
        var (emptyExit, _, _) = await CliRunner.RunAsync("export", "33.13", "--db", folder.File("empty.db"));

        Assert.Equal(ExitCodes.NotFound, exit);
        Assert.Contains("Not found: No plan is stored for region 99.99", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Database error", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, emptyExit);
        Assert.False(File.Exists(folder.File("empty.db")));
    }

    [Fact]
    public async Task Publishing_a_published_version_says_so()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        await CliRunner.PublishSampleAsync(db);

        var (exit, output, _) = await CliRunner.RunAsync("publish", "33.13", "--db", db, "--lang", "en");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("already published", output, StringComparison.Ordinal);
    }
}
