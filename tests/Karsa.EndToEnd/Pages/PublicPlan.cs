using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Pages;

/// <summary>The public portal's plan page (<c>/publik/{region}</c>), read without an account.</summary>
public sealed class PublicPlan(Visitor visitor, string region)
{
    /// <summary>Opens it from the portal's home page by the region's link.</summary>
    public async Task OpenFromHomeAsync(string regionName)
    {
        await visitor.GoAsync("/");
        var answer = await visitor.Page.RunAndWaitForResponseAsync(
            () => visitor.Page.GetByRole(AriaRole.Link, new() { Name = regionName }).First.ClickAsync(),
            response => response.Request.IsNavigationRequest && response.Url.EndsWith($"/publik/{region}", StringComparison.Ordinal));
        Assert.Equal(200, answer.Status);
    }

    /// <summary>The line under the title that names the published version.</summary>
    public ILocator VersionLine(int version) => visitor.Page.GetByText($"versi {version}, terbit");
}
