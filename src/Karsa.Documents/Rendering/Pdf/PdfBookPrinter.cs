using System.Diagnostics;
using Karsa.Documents.Model;
using Karsa.Documents.Rendering.Html;

namespace Karsa.Documents.Rendering.Pdf;

/// <summary>How to print: which browser (null: <see cref="ChromiumLocator"/>) and how long to wait.</summary>
public sealed record PdfPrintOptions(string? ChromiumPath = null, TimeSpan? Timeout = null)
{
    /// <summary>The wait used when none is given.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(120);
}

/// <summary>
/// Prints the book's HTML to PDF with headless Chromium run as a child process (no download, no
/// network, a fresh profile each time), twice: the second print carries the page numbers of the
/// contents and of the lists of tables and figures, read back from the first with
/// <see cref="PrintedPages"/>. A missing browser is a <see cref="ChromiumNotFoundException"/>.
/// </summary>
public static class PdfBookPrinter
{
    /// <summary>Prints <paramref name="book"/> to <paramref name="pdfPath"/>, replacing the file only when the PDF is complete.</summary>
    public static async Task PrintAsync(Book book, string pdfPath, PdfPrintOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentException.ThrowIfNullOrWhiteSpace(pdfPath);
        options ??= new PdfPrintOptions();
        var browser = ChromiumLocator.Require(options.ChromiumPath);
        var work = Directory.CreateTempSubdirectory("karsa-book-");
        try
        {
            // Two passes: print, read back where each heading and caption landed, print again with those
            // page numbers in the contents and lists (their number slots have a fixed width, so nothing moves).
            var html = Path.Combine(work.FullName, "book.html");
            var pdf = Path.Combine(work.FullName, "book.pdf");
            var timeout = options.Timeout ?? PdfPrintOptions.DefaultTimeout;
            HtmlBookWriter.WriteFile(book, html, null);
            await RunChromiumAsync(browser, html, pdf, Path.Combine(work.FullName, "profile-1"), timeout, cancellationToken).ConfigureAwait(false);
            var pages = PrintedPages.Find(pdf, BookOutline.Of(book));
            File.Delete(pdf);
            HtmlBookWriter.WriteFile(book, html, pages);

            // A fresh profile for the second print too: the first browser may still hold its profile while it exits.
            await RunChromiumAsync(browser, html, pdf, Path.Combine(work.FullName, "profile-2"), timeout, cancellationToken).ConfigureAwait(false);
            File.Move(pdf, Path.GetFullPath(pdfPath), overwrite: true);
        }
        finally
        {
            TryDelete(work);
        }
    }

    private static async Task RunChromiumAsync(string browser, string html, string pdf, string profile, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(browser) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
            "--print-to-pdf=" + pdf, "--no-pdf-header-footer", new Uri(html).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new PdfPrintException($"Could not start {browser}.");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PdfPrintException($"Chromium did not finish printing within {timeout.TotalSeconds:0} s.");
        }

        var messages = (await errors.ConfigureAwait(false)) + (await output.ConfigureAwait(false));
        if (process.ExitCode != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
        {
            throw new PdfPrintException($"Chromium ({browser}) printed no PDF (exit code {process.ExitCode}): {Tail(messages)}");
        }
    }

    private static string Tail(string text) => text.Length <= 2000 ? text.Trim() : text[^2000..].Trim();

    private static void TryDelete(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A browser helper may still hold a profile file for a moment; the temp folder is left to the system.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
