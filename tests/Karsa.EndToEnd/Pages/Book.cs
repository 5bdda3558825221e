using System.Text.RegularExpressions;
using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Pages;

/// <summary>The book page (<c>/wilayah/{region}/buku</c>): DOCX and HTML of every version at once, the PDF through a queued job.</summary>
public sealed class Book(Visitor visitor, string region)
{
    private IPage Page => visitor.Page;

    /// <summary>Opens the page.</summary>
    public async Task OpenAsync() => Assert.Equal(200, (await visitor.GoAsync($"/wilayah/{region}/buku")).Status);

    /// <summary>Downloads the DOCX book of <paramref name="version"/> and returns its bytes.</summary>
    public Task<byte[]> DownloadDocxAsync(int version) =>
        DownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = $"DOCX versi {version}", Exact = true }).ClickAsync(), ".docx");

    /// <summary>
    /// Asks for the PDF book of <paramref name="version"/> (from the book page: its link, then the form),
    /// follows the queued job until it offers the file, downloads it and returns its bytes.
    /// </summary>
    public async Task<byte[]> RequestPdfAsync(int version)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = $"PDF versi {version}", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Buku masterplan sebagai PDF"));
        await visitor.CheckAsync("book-pdf-request");
        await Page.GetByLabel("Versi (kosong: terbaru)", new() { Exact = true }).FillAsync(version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Bahasa buku", new() { Exact = true }).SelectOptionAsync("id");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Buat PDF" }).ClickAsync();
        return await DownloadAsync(() => new Job(visitor, region).FollowAsync("Buku PDF"), ".pdf");
    }

    private async Task<byte[]> DownloadAsync(Func<Task> action, string extension)
    {
        var download = await Page.RunAndWaitForDownloadAsync(action, new() { Timeout = (float)KarsaServer.JobWatchdog.TotalMilliseconds });
        Assert.EndsWith(extension, download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        var path = Path.Combine(Screenshots.Folder, "..", "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return await File.ReadAllBytesAsync(path);
    }
}
