using Karsa.Application.Accounts;
using Karsa.Domain.Diagnostics;
using Karsa.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Karsa.Web.Pages.Account;

/// <summary>The user's own account: change the password; make, list and revoke personal API tokens.</summary>
[Authorize]
public sealed class IndexModel(AccountUseCases accounts, TokenUseCases tokens, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string Current { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string Repeat { get; set; } = "";

    [BindProperty]
    public string TokenName { get; set; } = "";

    [BindProperty]
    public int TokenDays { get; set; } = 90;

    public UserView? Me { get; private set; }

    public IReadOnlyList<TokenView> Tokens { get; private set; } = [];

    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    /// <summary>A token just made: shown once.</summary>
    public string? NewToken { get; private set; }

    public string? Done { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public Task OnGetAsync() => LoadAsync();

    public async Task OnPostPasswordAsync()
    {
        if (Password != Repeat)
        {
            Problems = [AccountRules.Problem("password", "Kedua kata sandi baru tidak sama.", "The two new passwords differ.")];
        }
        else
        {
            var changed = await accounts.ChangePasswordAsync(CurrentUser.Id(HttpContext), Current, Password, HttpContext.RequestAborted).ConfigureAwait(false);
            Problems = changed.Succeeded ? [] : AccountWords.ProblemsOf(changed.Error);
            Done = changed.Succeeded ? Localization.Say.T("Kata sandi diganti.", "The password was changed.") : null;
        }

        (Current, Password, Repeat) = ("", "", "");
        await LoadAsync().ConfigureAwait(false);
    }

    public async Task OnPostTokenAsync()
    {
        var made = await tokens.CreateAsync(CurrentUser.Id(HttpContext), TokenName, clock.GetUtcNow().AddDays(TokenDays), HttpContext.RequestAborted).ConfigureAwait(false);
        Problems = made.Succeeded ? [] : AccountWords.ProblemsOf(made.Error);
        NewToken = made.Value?.Token;
        await LoadAsync().ConfigureAwait(false);
    }

    public async Task OnPostRevokeAsync(Guid id)
    {
        var revoked = await tokens.RevokeAsync(CurrentUser.Id(HttpContext), id, HttpContext.RequestAborted).ConfigureAwait(false);
        Problems = revoked.Succeeded ? [] : AccountWords.ProblemsOf(revoked.Error);
        Done = revoked.Succeeded ? Localization.Say.T("Token dicabut.", "The token was revoked.") : null;
        await LoadAsync().ConfigureAwait(false);
    }

    private async Task LoadAsync()
    {
        Me = (await accounts.MeAsync(CurrentUser.Id(HttpContext), HttpContext.RequestAborted).ConfigureAwait(false)).Value;
        Tokens = (await tokens.ListAsync(CurrentUser.Id(HttpContext), HttpContext.RequestAborted).ConfigureAwait(false)).Value ?? [];
    }
}
