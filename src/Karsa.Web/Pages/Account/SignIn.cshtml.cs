using Karsa.Application.Accounts;
using Karsa.Storage.Accounts;
using Karsa.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using static Karsa.Web.Localization.Say;

namespace Karsa.Web.Pages.Account;

/// <summary>Cookie sign-in by user name and password; repeated failures lock the account for a while.</summary>
[EnableRateLimiting(AccountServices.SignInRateLimit)]
public sealed class SignInModel(SignInManager<KarsaUser> signIn, AccountUseCases accounts) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (!result.IsNotAllowed)
        {
            // Recorded for existing accounts only; the typed password never is.
            await accounts.RecordSignInFailureAsync(UserName, result.IsLockedOut, HttpContext.RequestAborted).ConfigureAwait(false);
        }

        Message = result.IsLockedOut
            ? T("Akun dikunci sementara karena terlalu banyak percobaan gagal; coba lagi 15 menit lagi.",
                "The account is locked for a while after too many failed attempts; try again in 15 minutes.")
            : T("Nama pengguna atau kata sandi salah.", "The user name or password is wrong.");
        Password = "";
        return Page();
    }
}
