using Karsa.Interchange;
using Karsa.Testing;

namespace Karsa.Cli.Tests;

public sealed class BookCommandTests
{
    [Fact]
    public async Task The_html_book_of_the_sample_names_every_programme()
    {
        using var folder = new TempFolder();
        var path = folder.File("book.html");
        var plan = PlanReader.ReadFile(CliRunner.SamplePlan).Plan!;

        var (exit, output, error) = await CliRunner.RunAsync("book", CliRunner.SamplePlan, "--format", "html", "--out", path, "--time-limit", "3");

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Contains(path, output, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(path);
        Assert.Contains("Buku II Masterplan", html, StringComparison.Ordinal);
        Assert.All(plan.Programmes, p => Assert.Contains(p.Code.Value, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_volume_as_docx_in_English_from_the_database()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        var path = folder.File("buku1.docx");
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync("import", CliRunner.SamplePlan, "--db", db)).Exit);

        var (exit, _, error) = await CliRunner.RunAsync("book", "33.13", "--db", db, "--volume", "1", "--lang", "en", "--out", path, "--time-limit", "3");

        Assert.True(exit == ExitCodes.Ok, error);
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false);
        var text = DocxPlainText.Of(docx.MainDocumentPart!.Document.Body!);
        Assert.Contains("Strategic Analysis", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Action plan", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_chromium_the_pdf_says_how_to_install_it_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var path = folder.File("book.pdf");

        var (exit, _, error) = await CliRunner.RunAsync("book", CliRunner.SamplePlan, "--format", "pdf", "--out", path,
            "--chromium", folder.File("no-such-browser"), "--time-limit", "2", "--lang", "en");

        Assert.Equal(ExitCodes.MissingTool, exit);
        Assert.Contains("apt-get install chromium", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_book_goes_into_a_new_folder_and_an_unwritable_place_is_a_clear_file_error()
    {
        using var folder = new TempFolder();
        var nested = folder.File(Path.Combine("new", "folder", "book.html"));
        var blocked = folder.File("blocked");
        await File.WriteAllTextAsync(blocked, "a file where a folder should be");

        var created = await CliRunner.RunAsync("book", CliRunner.SamplePlan, "--format", "html", "--out", nested, "--time-limit", "2");
        var refused = await CliRunner.RunAsync("book", CliRunner.SamplePlan, "--format", "html", "--out", Path.Combine(blocked, "book.html"), "--time-limit", "2", "--lang", "en");

        Assert.True(created.Exit == ExitCodes.Ok, created.Error);
        Assert.True(File.Exists(nested));
        Assert.Equal(ExitCodes.FileError, refused.Exit);
        Assert.Contains("cannot be read or written", refused.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_pdf_book_is_printed_by_chromium()
    {
        var chromium = Documents.Rendering.Pdf.ChromiumLocator.Find();
        if (chromium is null && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI=true but no Chromium: .ci/run must install it (apt-get install chromium).");
        }

        Skip.If(chromium is null, "PDF test skipped: no Chromium (apt-get install chromium, or set KARSA_CHROMIUM).");
        using var folder = new TempFolder();
        var path = folder.File("book.pdf");

        var (exit, _, error) = await CliRunner.RunAsync("book", CliRunner.SamplePlan, "--format", "pdf", "--out", path, "--time-limit", "3");

        Assert.True(exit == ExitCodes.Ok, error);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        Assert.True(bytes.Length > 50_000, $"only {bytes.Length} bytes");
    }
}
