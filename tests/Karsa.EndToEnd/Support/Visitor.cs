using Microsoft.Playwright;

namespace Karsa.EndToEnd.Support;

/// <summary>
/// One person in the browser: a fresh context (own cookies, Indonesian locale, a desktop's or a phone's window) on a
/// <see cref="KarsaServer"/>. It notes what goes wrong behind the page (script errors, content
/// security policy refusals, the app's own styles or scripts failing to load, anything fetched from
/// another site such as a CDN) so that
/// <see cref="CheckAsync"/> can fail on them together with axe's findings.
/// </summary>
public sealed class Visitor : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> problems = [];

    private Visitor(IBrowserContext context, IPage page, Uri origin)
    {
        this.context = context;
        Page = page;
        page.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var target) && target.Scheme is "http" or "https"
                && Uri.Compare(target, origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
            {
                problems.Add($"{request.ResourceType} fetched from another site: {request.Url}");
            }
        };
        page.PageError += (_, error) => problems.Add("script error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add("console error: " + message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document" && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add($"{response.Request.ResourceType} {response.Url} answered {response.Status}");
            }
        };
    }

    /// <summary>The browser tab.</summary>
    public IPage Page { get; }

    /// <summary>A desktop window.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// <summary>A phone's window.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>
    /// Opens a new visitor of <paramref name="server"/> in a window of <paramref name="viewport"/> (a desktop's by default),
    /// signed in already when given the <paramref name="signedIn"/> state of another visitor (see <see cref="SignedInStateAsync"/>).
    /// </summary>
    public static async Task<Visitor> OpenAsync(IBrowser browser, KarsaServer server, ViewportSize? viewport = null, string? signedIn = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(server);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(),
            Locale = "id-ID",
            ViewportSize = viewport ?? Desktop,
            AcceptDownloads = true,
            StorageState = signedIn,
        });
        context.SetDefaultTimeout(15_000);
        return new Visitor(context, await context.NewPageAsync(), server.Address);
    }

    /// <summary>This visitor's cookies, to open another visitor signed in as the same person without signing in again (sign-in is rate-limited).</summary>
    public Task<string> SignedInStateAsync() => context.StorageStateAsync();

    /// <summary>Opens <paramref name="path"/> and returns the answer of its last navigation.</summary>
    public async Task<IResponse> GoAsync(string path) =>
        await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No answer for {path}.");

    /// <summary>
    /// Checks the page as it is now: saves a screenshot named <paramref name="screenshot"/> (first, so a
    /// failing page is captured too), then fails on anything noted behind the page and on any serious or
    /// critical axe violation.
    /// </summary>
    public async Task CheckAsync(string screenshot, bool forDocs = false)
    {
        await Screenshots.SaveAsync(Page, screenshot, forDocs);
        var noted = string.Join(Environment.NewLine, problems);
        problems.Clear();
        Assert.True(noted.Length == 0, $"Problems behind {Page.Url}:{Environment.NewLine}{noted}");
        await Accessibility.AssertAccessible(Page);
    }

    /// <summary>Fails when the page is wider than the window (it would need sideways scrolling).</summary>
    public async Task AssertFitsTheWindowAsync()
    {
        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{Page.Url} is {overflow} px wider than the {Page.ViewportSize?.Width} px window.");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
