using System.Globalization;
using Karsa.Documents.Model;
using Karsa.Documents.Rendering.Html;
using PuppeteerSharp;

namespace Karsa.Documents.Rendering.Pdf;

/// <summary>How to print: which browser (null: <see cref="ChromiumLocator"/>) and how long to wait.</summary>
public sealed record PdfPrintOptions(string? ChromiumPath = null, TimeSpan? Timeout = null)
{
    /// <summary>The wait used when none is given.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(120);
}

/// <summary>
/// Prints the book's HTML to PDF with the system's headless Chromium, driven over the DevTools protocol
/// (PuppeteerSharp; no browser download, no network, a fresh profile each time). The book is loaded
/// once and printed twice: the first print tells on which page each contents and list entry landed
/// (<see cref="PrintedPages"/>), those numbers are set into the loaded page, and the second print is the
/// book, tagged for screen readers and with bookmarks. A missing browser is a
/// <see cref="ChromiumNotFoundException"/>; a browser that fails or overruns the timeout, a
/// <see cref="PdfPrintException"/>.
/// </summary>
public static class PdfBookPrinter
{
    private static readonly string[] BrowserArguments = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"];

    /// <summary>Prints <paramref name="book"/> to <paramref name="pdfPath"/>, replacing the file only when the PDF is complete.</summary>
    public static async Task PrintAsync(Book book, string pdfPath, PdfPrintOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentException.ThrowIfNullOrWhiteSpace(pdfPath);
        options ??= new PdfPrintOptions();
        var browser = ChromiumLocator.Require(options.ChromiumPath);
        var timeout = options.Timeout ?? PdfPrintOptions.DefaultTimeout;
        var work = Directory.CreateTempSubdirectory("karsa-book-");
        try
        {
            var html = Path.Combine(work.FullName, "book.html");
            HtmlBookWriter.WriteFile(book, html);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            byte[] pdf;
            try
            {
                pdf = await PrintTwiceAsync(browser, html, Path.Combine(work.FullName, "profile"), BookOutline.Of(book), timeout, limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new PdfPrintException($"Chromium did not finish printing within {timeout.TotalSeconds:0} s.");
            }

            AtomicFile.Write(Path.GetFullPath(pdfPath), stream => stream.Write(pdf));
        }
        finally
        {
            TryDelete(work);
        }
    }

    private static async Task<byte[]> PrintTwiceAsync(string browserPath, string html, string profile, BookOutline outline, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var launch = new LaunchOptions
        {
            ExecutablePath = browserPath,
            Headless = true,
            UserDataDir = profile,
            Args = BrowserArguments,
            Timeout = (int)timeout.TotalMilliseconds,
            ProtocolTimeout = (int)timeout.TotalMilliseconds,
        };
        IBrowser browser;
        var launching = Puppeteer.LaunchAsync(launch);
        try
        {
            browser = await Within(launching, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Cancelled while the browser starts: close it once it has started, so no browser is left behind.
            _ = launching.ContinueWith(static started => started.Result.DisposeAsync().AsTask(), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default).Unwrap();
            throw;
        }
        catch (PuppeteerException error)
        {
            throw new PdfPrintException($"Could not start Chromium ({browserPath}): {error.Message}", error);
        }

        // Disposing the browser ends its process, also when printing is cancelled or fails half-way.
        await using (browser.ConfigureAwait(false))
        {
            try
            {
                var page = await Within(browser.NewPageAsync(), cancellationToken).ConfigureAwait(false);
                await Within(page.GoToAsync(new Uri(html).AbsoluteUri, WaitUntilNavigation.Load), cancellationToken).ConfigureAwait(false);
                var first = await Within(page.PdfDataAsync(new PdfOptions { PreferCSSPageSize = true, Tagged = false, Outline = false }), cancellationToken).ConfigureAwait(false);
                var anchors = outline.Headings.Concat(outline.Tables).Concat(outline.Figures).Select(e => e.Anchor).ToList();
                var pages = PrintedPages.Find(first, anchors).ToDictionary(p => p.Key, p => p.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
                await Within(page.EvaluateFunctionAsync(HtmlBookWriter.FillPageNumbersScript, pages), cancellationToken).ConfigureAwait(false);
                var book = await Within(page.PdfDataAsync(new PdfOptions { PreferCSSPageSize = true, Tagged = true, Outline = true }), cancellationToken).ConfigureAwait(false);
                return book.Length > 0 ? book : throw new PdfPrintException($"Chromium ({browserPath}) printed an empty PDF.");
            }
            catch (PuppeteerException error)
            {
                throw new PdfPrintException($"Chromium ({browserPath}) printed no PDF: {error.Message}", error);
            }
        }
    }

    /// <summary>
    /// Waits for <paramref name="task"/> until <paramref name="cancellationToken"/> fires; a task left behind
    /// then fails when the browser closes, and that failure is observed here so it is not reported as unobserved.
    /// </summary>
    private static Task<T> Within<T>(Task<T> task, CancellationToken cancellationToken)
    {
        Observe(task);
        return task.WaitAsync(cancellationToken);
    }

    private static Task Within(Task task, CancellationToken cancellationToken)
    {
        Observe(task);
        return task.WaitAsync(cancellationToken);
    }

    private static void Observe(Task task) =>
        _ = task.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

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
