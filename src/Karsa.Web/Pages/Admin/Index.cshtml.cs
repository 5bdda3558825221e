using Karsa.Application.Access;
using Karsa.Application.Accounts;
using Karsa.Domain.Diagnostics;
using Karsa.Web.Accounts;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Admin;

/// <summary>The accounts an administrator manages (a region administrator: their region's), and a form to create one.</summary>
[Authorize(Policy = ScopedPolicies.ManageUsers)]
public sealed class IndexModel(AccountUseCases accounts, IOptions<KarsaWebOptions> options) : PageModel
{
    /// <summary>Accounts per page.</summary>
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int Offset { get; set; }

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public string Role { get; set; } = nameof(Application.Access.Role.Viewer);

    [BindProperty]
    public string? Region { get; set; }

    [BindProperty]
    public string? Agency { get; set; }

    public UserList Users { get; private set; } = new([], 0);

    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    /// <summary>The one-time link of the account just created.</summary>
    public string? Link { get; private set; }

    /// <summary>The roles the caller may give (a region administrator: no national role).</summary>
    public IEnumerable<Role> Roles => AccountRules.Assignable(CurrentUser.Actor(HttpContext));

    public async Task OnGetAsync()
    {
        Region ??= CurrentUser.Actor(HttpContext).Region?.Value;
        await LoadAsync().ConfigureAwait(false);
    }

    public async Task OnPostAsync()
    {
        var made = await accounts.CreateAsync(CurrentUser.Actor(HttpContext), new UserInput(UserName, DisplayName, Role, Region, Agency), HttpContext.RequestAborted)
            .ConfigureAwait(false);
        if (made.Succeeded)
        {
            Link = AccountWords.FullUrl(HttpContext, options.Value, made.Value.Path);
            (UserName, DisplayName, Agency) = ("", "", null);
        }
        else
        {
            Problems = AccountWords.ProblemsOf(made.Error);
        }

        await LoadAsync().ConfigureAwait(false);
    }

    private async Task LoadAsync()
    {
        Offset = Math.Max(0, Offset);
        Users = (await accounts.ListAsync(CurrentUser.Actor(HttpContext), Offset, PageSize, HttpContext.RequestAborted).ConfigureAwait(false)).Value ?? Users;
    }
}
