using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Karsa.Documents.Rendering.Html;

namespace Karsa.Documents.Tests;

/// <summary>
/// The HTML book laid out by headless Chromium in a phone-sized window (390 px): the page never
/// scrolls sideways, every table sits in its own scrolling wrapper and narrow tables fit without it.
/// </summary>
public class HtmlPhoneLayoutTests
{
    // Injected by the test only (the book itself has no scripts): measures the layout and writes the findings into the DOM.
    private const string Probe = """
        <script>
        const found = [];
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth > width) found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
        for (const e of document.body.querySelectorAll('*')) {
          if (e.closest('.table-wrap') && !e.classList.contains('table-wrap')) continue;
          if (e.getBoundingClientRect().right > width + 1) found.push(`${e.tagName} ${e.className} ends at ${e.getBoundingClientRect().right}: ${e.textContent.slice(0, 60)}`);
        }
        for (const t of document.querySelectorAll('table')) {
          const wrap = t.parentElement;
          if (t.rows[0].cells.length <= 3 && wrap.scrollWidth > wrap.clientWidth + 1) found.push(`narrow table scrolls: ${t.caption ? t.caption.textContent : ''}`);
        }
        document.body.setAttribute('data-layout', JSON.stringify(found));
        </script>
        """;

    [SkippableFact]
    public async Task On_a_phone_the_page_never_scrolls_sideways_and_narrow_tables_fit()
    {
        var browser = Chromium.Require();
        var html = HtmlBookWriter.Render(Books.Of(TestPlans.Realistic(hostile: true))).Replace("</body>", Probe + "</body>", StringComparison.Ordinal);
        var work = Directory.CreateTempSubdirectory("karsa-phone-");
        try
        {
            var file = Path.Combine(work.FullName, "book.html");
            await File.WriteAllTextAsync(file, html);
            var start = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + Path.Combine(work.FullName, "profile"),
                "--window-size=390,844", "--hide-scrollbars", "--virtual-time-budget=5000", "--dump-dom", new Uri(file).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var dom = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var body = new HtmlParser().ParseDocument(await dom).Body!;
            var layout = body.GetAttribute("data-layout");
            Assert.NotNull(layout);
            var found = JsonSerializer.Deserialize<List<string>>(layout!)!;
            Assert.True(found.Count == 0, string.Join("\n", found.Take(10)));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
