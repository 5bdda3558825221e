using System.Text.RegularExpressions;
using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd;

/// <summary>Accounts in the browser: the administrator's one-time first-password link; a planner signs in and out.</summary>
[Collection(BrowserTests.Name)]
public sealed class AccountTests(Browser browser, SqliteServer app) : IClassFixture<SqliteServer>
{
    private const string NewPassword = "sandi-admin-2026";

    [SkippableFact]
    public async Task The_first_password_link_sets_the_administrator_password_signs_in_and_works_once()
    {
        var link = await app.Server.FirstPasswordPathAsync();
        await using var visitor = await Visitor.OpenAsync(browser.Require(), app.Server);
        await visitor.GoAsync(link);
        await visitor.CheckAsync("first-password");

        // Two different passwords: the error is shown and nothing is set.
        await visitor.Page.GetByLabel("Kata sandi baru").FillAsync(NewPassword);
        await visitor.Page.GetByLabel("Ulangi kata sandi").FillAsync(NewPassword + "x");
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Kedua kata sandi tidak sama.");
        await visitor.CheckAsync("first-password-mismatch");

        await visitor.Page.GetByLabel("Kata sandi baru").FillAsync(NewPassword);
        await visitor.Page.GetByLabel("Ulangi kata sandi").FillAsync(NewPassword);
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();

        await Assertions.Expect(visitor.Page).ToHaveURLAsync(app.Server.Url("/"));
        var header = visitor.Page.GetByRole(AriaRole.Banner);
        await Assertions.Expect(header.GetByRole(AriaRole.Link, new() { Name = "Administrator", Exact = true })).ToHaveAttributeAsync("href", "/akun");
        await Assertions.Expect(header.GetByRole(AriaRole.Link, new() { Name = "Administrasi", Exact = true })).ToHaveAttributeAsync("href", "/admin");
        await visitor.CheckAsync("home-administrator");

        // Signed out, the new password signs in; the link does not work a second time.
        await header.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Assertions.Expect(header.GetByRole(AriaRole.Link, new() { Name = "Masuk" })).ToBeVisibleAsync();
        await visitor.GoAsync(link);
        await visitor.Page.GetByLabel("Kata sandi baru").FillAsync("sandi-lain-98765");
        await visitor.Page.GetByLabel("Ulangi kata sandi").FillAsync("sandi-lain-98765");
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tautan ini tidak berlaku (sudah dipakai atau salah); minta tautan baru kepada administrator.");

        await visitor.GoAsync("/masuk");
        await SignIn.SubmitAsync(visitor.Page, KarsaServer.Administrator, NewPassword);
        await Assertions.Expect(header.GetByRole(AriaRole.Button, new() { Name = "Keluar" })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task A_planner_signs_in_returns_to_the_page_asked_for_sees_their_region_and_signs_out()
    {
        await using var visitor = await Visitor.OpenAsync(browser.Require(), app.Server);
        await visitor.GoAsync("/masuk?ReturnUrl=%2Flang%2Fen%3Freturn%3D%252F");
        await SignIn.SubmitAsync(visitor.Page, KarsaServer.Planner, KarsaServer.Password);

        // ReturnUrl was honoured: it switched the language and came back home.
        await Assertions.Expect(visitor.Page).ToHaveURLAsync(app.Server.Url("/"));
        var header = visitor.Page.GetByRole(AriaRole.Banner);
        await Assertions.Expect(header.GetByRole(AriaRole.Link, new() { Name = "My region" })).ToHaveAttributeAsync("href", $"/wilayah/{KarsaServer.Region}");
        await Assertions.Expect(header.GetByRole(AriaRole.Link, new() { Name = "Administration" })).ToHaveCountAsync(0);
        await visitor.CheckAsync("home-planner-en");

        await header.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(header.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Assertions.Expect(header.GetByRole(AriaRole.Link, new() { Name = "My region" })).ToHaveCountAsync(0);
        await Assertions.Expect(visitor.Page).ToHaveURLAsync(new Regex("/$"));
    }
}
