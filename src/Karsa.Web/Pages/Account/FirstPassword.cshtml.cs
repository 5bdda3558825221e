using Karsa.Application.Accounts;
using Karsa.Storage.Accounts;
using Karsa.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using static Karsa.Web.Localization.Say;

namespace Karsa.Web.Pages.Account;

/// <summary>
/// Sets a password from a one-time link (the administrator's first password, printed at start; or a
/// link an administrator made for a new account). The link's token works once.
/// </summary>
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class FirstPasswordModel(AccountUseCases accounts, SignInManager<KarsaUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public new string User { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string Repeat { get; set; } = "";

    public IReadOnlyList<string> Messages { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Password != Repeat)
        {
            Messages = [T("Kedua kata sandi tidak sama.", "The two passwords differ.")];
            return Page();
        }

        var set = await accounts.SetPasswordFromLinkAsync(User, Token, Password, HttpContext.RequestAborted).ConfigureAwait(false);
        if (!set.Succeeded)
        {
            Messages = [.. set.Error.Diagnostics.Select(d => T(d.Message))];
            return Page();
        }

        var user = set.Value;
        await signIn.SignInAsync(user, isPersistent: false).ConfigureAwait(false);
        return LocalRedirect("/");
    }
}
