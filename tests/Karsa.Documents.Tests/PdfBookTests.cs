using Karsa.Documents.Rendering.Pdf;
using Karsa.Domain.Primitives;
using UglyToad.PdfPig;

namespace Karsa.Documents.Tests;

public class PdfBookTests
{
    [SkippableFact]
    public async Task The_pdf_text_holds_every_programme_dimension_indicator_and_total()
    {
        Chromium.Require();
        var plan = TestPlans.Realistic(hostile: true);
        var path = Path.Combine(Path.GetTempPath(), $"karsa-book-{Guid.NewGuid():N}.pdf");
        try
        {
            await PdfBookPrinter.PrintAsync(Books.Of(plan), path);
            using var pdf = PdfDocument.Open(path);
            Assert.True(pdf.NumberOfPages > 20, $"only {pdf.NumberOfPages} pages");
            var text = Books.Squash(Books.PdfReadable(string.Concat(pdf.GetPages().Select(p => p.Text))));
            foreach (var expected in Books.ExpectedTexts(plan, Language.Indonesian))
            {
                Assert.True(text.Contains(Books.Squash(Books.PdfReadable(expected)), StringComparison.Ordinal), $"missing: {expected}");
            }

            Assert.Contains(Books.Squash(Books.PdfReadable(TestPlans.HostileText)), text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public async Task Cancelled_printing_stops_the_browser_and_leaves_the_old_file_whole()
    {
        Chromium.Require();
        var path = Path.Combine(Path.GetTempPath(), $"karsa-book-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(path, "the previous book");
        try
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var printing = PdfBookPrinter.PrintAsync(Books.Of(TestPlans.Realistic()), path, cancellationToken: cancel.Token);

            // The watchdog only turns a hang into a failure; it is not a speed requirement.
            Assert.Same(printing, await Task.WhenAny(printing, Task.Delay(TimeSpan.FromSeconds(60))));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => printing);
            Assert.Equal("the previous book", await File.ReadAllTextAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public async Task Printing_cancelled_while_the_browser_starts_leaves_no_browser_running()
    {
        var chromium = Chromium.Require();
        Skip.IfNot(OperatingSystem.IsLinux(), "the wrapper is a shell script and the check reads /proc");
        var folder = Directory.CreateTempSubdirectory("karsa-browser-");
        try
        {
            // A wrapper that notes the browser's process id before it becomes the browser (exec keeps the id).
            var pids = Path.Combine(folder.FullName, "pids");
            var wrapper = Path.Combine(folder.FullName, "chromium");
            await File.WriteAllTextAsync(wrapper, $"#!/bin/sh\necho $$ >> '{pids}'\nexec '{chromium}' \"$@\"\n");
            if (OperatingSystem.IsLinux())
            {
                File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            using var cancel = new CancellationTokenSource();
            var printing = PdfBookPrinter.PrintAsync(Books.Of(TestPlans.Realistic()), Path.Combine(folder.FullName, "book.pdf"), new PdfPrintOptions(wrapper), cancel.Token);

            // Cancel as soon as the browser process exists, while it is still starting up.
            await Eventually(() => File.Exists(pids));
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => printing);

            var started = (await File.ReadAllLinesAsync(pids)).Select(int.Parse).ToList();
            Assert.NotEmpty(started);
            await Eventually(() => started.All(pid => !Directory.Exists($"/proc/{pid}")));
            Assert.All(started, pid => Assert.False(Directory.Exists($"/proc/{pid}"), $"browser process {pid} still runs"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, for at most a minute (a guard against hanging, not a speed requirement).</summary>
    private static async Task Eventually(Func<bool> condition)
    {
        for (var waited = 0; waited < 600 && !condition(); waited++)
        {
            await Task.Delay(100);
        }
    }

    [Fact]
    public void A_missing_browser_is_a_typed_error_that_says_how_to_install_one()
    {
        var error = Assert.Throws<ChromiumNotFoundException>(() => ChromiumLocator.Require("/nonexistent/chromium"));
        Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/chromium", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printing_without_a_browser_fails_before_writing_anything()
    {
        var path = Path.Combine(Path.GetTempPath(), $"karsa-book-{Guid.NewGuid():N}.pdf");
        await Assert.ThrowsAsync<ChromiumNotFoundException>(() => PdfBookPrinter.PrintAsync(Books.Of(TestPlans.Realistic()), path, new PdfPrintOptions("/nonexistent/chromium")));
        Assert.False(File.Exists(path));
    }
}
