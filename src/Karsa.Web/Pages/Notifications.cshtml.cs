using Karsa.Application.Calendar;
using Karsa.Web.Accounts;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages;

/// <summary>The signed-in user's notices, newest first; each can be marked read, or all at once.</summary>
[Authorize]
public sealed class NotificationsModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : PageModel
{
    /// <summary>Notices per page.</summary>
    public const int PageSize = 50;

    /// <summary>How many notices come before this page.</summary>
    [BindProperty(SupportsGet = true)]
    public int Offset { get; set; }

    /// <summary>This page of notices.</summary>
    public NotificationPage Notices { get; private set; } = new([], 0, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await NotificationUseCases.ListAsync(options.Value.Database, CurrentUser.Id(HttpContext), Math.Max(0, Offset), PageSize, cancellationToken);
        if (!page.Succeeded)
        {
            return PageErrors.Status(page.Error);
        }

        Notices = page.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(long? id, CancellationToken cancellationToken)
    {
        var marked = await NotificationUseCases.MarkReadAsync(options.Value.Database, CurrentUser.Id(HttpContext), id, clock, cancellationToken);
        return marked.Succeeded ? Redirect(CalendarLinks.Notifications) : PageErrors.Status(marked.Error);
    }
}
