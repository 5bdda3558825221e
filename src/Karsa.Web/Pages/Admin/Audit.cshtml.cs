using Karsa.Application.Audit;
using Karsa.Domain.Diagnostics;
using Karsa.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Karsa.Web.Pages.Admin;

/// <summary>The audit log, newest first, filtered by region, actor and action (a region administrator: their region's only).</summary>
[Authorize(Policy = ScopedPolicies.ReadAudit)]
public sealed class AuditModel(AuditUseCases audit) : PageModel
{
    /// <summary>Entries per page.</summary>
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Offset { get; set; }

    public AuditPage Entries { get; private set; } = new([], 0, null);

    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Offset = Math.Max(0, Offset);
        var page = await audit.ReadAsync(CurrentUser.Actor(HttpContext), Region, Actor, Action, Offset, PageSize, HttpContext.RequestAborted).ConfigureAwait(false);
        if (page.Succeeded)
        {
            Entries = page.Value;
            Region = page.Value.Region ?? Region;
        }
        else
        {
            Problems = AccountWords.ProblemsOf(page.Error);
        }
    }

    /// <summary>The address of another page of the same filter.</summary>
    public string PageUrl(int offset) =>
        $"/admin/audit?region={Uri.EscapeDataString(Region ?? "")}&actor={Uri.EscapeDataString(Actor ?? "")}&action={Uri.EscapeDataString(Action ?? "")}&offset={offset}";
}
