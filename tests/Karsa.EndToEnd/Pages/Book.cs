using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Pages;

/// <summary>The book page (<c>/wilayah/{region}/buku</c>, branch web-portal): DOCX, HTML and PDF of every version.</summary>
public sealed class Book(Visitor visitor, string region)
{
    /// <summary>Opens the page; skips while it is not merged.</summary>
    public async Task OpenAsync() => Pending.SkipWhileMissing(await visitor.GoAsync($"/wilayah/{region}/buku"), "The book page", "web-portal");

    /// <summary>Downloads the DOCX book of <paramref name="version"/> and returns its bytes.</summary>
    public async Task<byte[]> DownloadDocxAsync(int version)
    {
        var download = await visitor.Page.RunAndWaitForDownloadAsync(() =>
            visitor.Page.GetByRole(AriaRole.Link, new() { Name = $"DOCX versi {version}", Exact = true }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        var path = Path.Combine(Screenshots.Folder, "..", "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return await File.ReadAllBytesAsync(path);
    }
}
