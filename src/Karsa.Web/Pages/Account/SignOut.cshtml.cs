using Karsa.Storage.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Karsa.Web.Pages.Account;

/// <summary>Signs out (POST only, with the antiforgery token) and goes to the home page.</summary>
public sealed class SignOutModel(SignInManager<KarsaUser> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return LocalRedirect("/");
    }
}
