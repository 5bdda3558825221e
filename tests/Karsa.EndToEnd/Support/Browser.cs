using Karsa.Documents.Rendering.Pdf;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Support;

/// <summary>
/// One headless Chromium for all browser tests: Debian's (<c>KARSA_CHROMIUM</c>, else <c>/usr/bin/chromium</c>),
/// driven by Playwright. A browser is never downloaded. Without one, tests skip on a laptop and fail
/// with <c>CI=true</c>.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The browser's path, or null when none is installed.</summary>
    public string? ExecutablePath { get; } = ChromiumLocator.Find();

    /// <summary>The browser; skips the test (or fails it on CI) when there is none.</summary>
    public IBrowser Require()
    {
        if (browser is null && TestDatabases.InCi)
        {
            Assert.Fail($"CI=true but no Chromium found at {string.Join(", ", ChromiumLocator.Candidates())}: install it with `apt-get install chromium` or set {ChromiumLocator.EnvironmentVariable}.");
        }

        Skip.If(browser is null, $"No Chromium installed (apt-get install chromium, or set {ChromiumLocator.EnvironmentVariable}); browser tests skipped.");
        return browser!;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (ExecutablePath is null)
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Containers have a small /dev/shm; Chromium then crashes tabs without this flag.
            Args = ["--disable-dev-shm-usage"],
        });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

/// <summary>The browser tests: one collection, so they share one Chromium and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<Browser>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Browser";
}
