using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Pages;

/// <summary>The versions page (<c>/wilayah/{region}/versi</c>): list, publish, new draft, comparison.</summary>
public sealed class Versions(Visitor visitor, string region)
{
    private IPage Page => visitor.Page;

    /// <summary>Opens the page.</summary>
    public async Task OpenAsync() => Assert.Equal(200, (await visitor.GoAsync($"/wilayah/{region}/versi")).Status);

    /// <summary>Publishes the newest draft (numbered <paramref name="version"/>) and expects the page to confirm it.</summary>
    public async Task PublishAsync(int version)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Terbitkan versi {version}" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Versi {version} terbit.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Semua versi, terbaru di atas" }).GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Terbit");
    }

    /// <summary>Starts a new draft from the newest published version.</summary>
    public Task StartDraftAsync(int publishedVersion) =>
        Page.GetByRole(AriaRole.Button, new() { Name = $"Mulai draf versi {publishedVersion + 1} dari versi {publishedVersion}" }).ClickAsync();

    /// <summary>Compares two versions through the page's form.</summary>
    public async Task CompareAsync(int older, int newer)
    {
        await Page.GetByLabel("Versi lama", new() { Exact = true }).SelectOptionAsync(older.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Versi baru", new() { Exact = true }).SelectOptionAsync(newer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bandingkan" }).ClickAsync();
    }
}
