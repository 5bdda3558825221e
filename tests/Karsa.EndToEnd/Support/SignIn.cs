using Microsoft.Playwright;

namespace Karsa.EndToEnd.Support;

/// <summary>The sign-in page (<c>/masuk</c>), by its labels (Indonesian, the default language).</summary>
public static class SignIn
{
    /// <summary>Fills the form and submits it; the caller checks where it lands.</summary>
    public static async Task SubmitAsync(IPage page, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByLabel("Nama pengguna", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
    }

    /// <summary>Opens the sign-in page and signs in as <paramref name="userName"/> with the test password; waits for the home page.</summary>
    public static async Task AsAsync(Visitor visitor, string userName)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        await visitor.GoAsync("/masuk");
        await SubmitAsync(visitor.Page, userName, KarsaServer.Password);
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).WaitForAsync();
    }
}
