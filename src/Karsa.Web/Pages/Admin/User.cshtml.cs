using Karsa.Application.Access;
using Karsa.Application.Accounts;
using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Web.Accounts;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Admin;

/// <summary>One account: change its name, role, region and agency; lock or unlock it; make a new one-time link; delete it.</summary>
[Authorize(Policy = ScopedPolicies.ManageUsers)]
public sealed class UserModel(AccountUseCases accounts, IOptions<KarsaWebOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>The concurrency stamp the form was made from.</summary>
    [BindProperty]
    public string Stamp { get; set; } = "";

    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public string Role { get; set; } = "";

    [BindProperty]
    public string? Region { get; set; }

    [BindProperty]
    public string? Agency { get; set; }

    public UserView? Account { get; private set; }

    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public string? Link { get; private set; }

    public string? Done { get; private set; }

    public IEnumerable<Role> Roles => AccountRules.Assignable(CurrentUser.Actor(HttpContext));

    public async Task<IActionResult> OnGetAsync() =>
        await ShowAsync(await accounts.GetAsync(CurrentUser.Actor(HttpContext), Id, HttpContext.RequestAborted).ConfigureAwait(false), keepInput: false).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync() =>
        await ShowAsync(await accounts.UpdateAsync(CurrentUser.Actor(HttpContext), CurrentUser.Id(HttpContext), Id, new UserInput("", DisplayName, Role, Region, Agency), Stamp,
            HttpContext.RequestAborted).ConfigureAwait(false), keepInput: true, Localization.Say.T("Akun disimpan.", "The account was saved.")).ConfigureAwait(false);

    public async Task<IActionResult> OnPostLockAsync(bool locked) =>
        await ShowAsync(await accounts.SetLockedAsync(CurrentUser.Actor(HttpContext), CurrentUser.Id(HttpContext), Id, locked, Stamp, HttpContext.RequestAborted).ConfigureAwait(false),
            keepInput: false, locked ? Localization.Say.T("Akun dikunci.", "The account was locked.") : Localization.Say.T("Akun dibuka.", "The account was unlocked.")).ConfigureAwait(false);

    public async Task<IActionResult> OnPostLinkAsync()
    {
        var link = await accounts.IssueLinkAsync(CurrentUser.Actor(HttpContext), CurrentUser.Id(HttpContext), Id, HttpContext.RequestAborted).ConfigureAwait(false);
        if (link.Succeeded)
        {
            Link = AccountWords.FullUrl(HttpContext, options.Value, link.Value.Path);
            return await ShowAsync(UseCaseResult.Success(link.Value.User), keepInput: false).ConfigureAwait(false);
        }

        return await ShowAsync(await accounts.GetAsync(CurrentUser.Actor(HttpContext), Id, HttpContext.RequestAborted).ConfigureAwait(false), keepInput: false, refusal: link.Error).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var deleted = await accounts.DeleteAsync(CurrentUser.Actor(HttpContext), CurrentUser.Id(HttpContext), Id, Stamp, HttpContext.RequestAborted).ConfigureAwait(false);
        return deleted.Succeeded
            ? LocalRedirect("/admin")
            : await ShowAsync(await accounts.GetAsync(CurrentUser.Actor(HttpContext), Id, HttpContext.RequestAborted).ConfigureAwait(false), keepInput: false, refusal: deleted.Error).ConfigureAwait(false);
    }

    /// <summary>The page for <paramref name="result"/>: the account (its form filled from it unless the typed input is kept), or not found.</summary>
    private async Task<IActionResult> ShowAsync(UseCaseResult<UserView> result, bool keepInput, string? done = null, UseCaseError? refusal = null)
    {
        if (!result.Succeeded)
        {
            if (result.Error.Kind == FailureKind.NotFound)
            {
                return NotFound();
            }

            Problems = AccountWords.ProblemsOf(result.Error);
            return await ShowCurrentAsync().ConfigureAwait(false);
        }

        Account = result.Value;
        Done = refusal is null ? done : null;
        Problems = refusal is null ? [] : AccountWords.ProblemsOf(refusal);
        if (!keepInput || refusal is not null)
        {
            Fill(result.Value);
        }

        return Page();
    }

    /// <summary>After a refused change: the account as stored, with the input as typed.</summary>
    private async Task<IActionResult> ShowCurrentAsync()
    {
        var current = await accounts.GetAsync(CurrentUser.Actor(HttpContext), Id, HttpContext.RequestAborted).ConfigureAwait(false);
        if (!current.Succeeded)
        {
            return NotFound();
        }

        Account = current.Value;
        Stamp = current.Value.ConcurrencyStamp;
        return Page();
    }

    private void Fill(UserView user) =>
        (DisplayName, Role, Region, Agency, Stamp) = (user.DisplayName, user.Role.ToString(), user.Region, user.Agency, user.ConcurrencyStamp);
}
