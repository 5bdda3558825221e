using Karsa.Application.Calendar;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.Options;
using static Karsa.Web.Localization.Say;

namespace Karsa.Web.Accounts;

/// <summary>The header's link to the signed-in user's notices, with the unread count (one indexed count per page).</summary>
public sealed class UnreadNoticesViewComponent(IOptions<KarsaWebOptions> options) : ViewComponent
{
    /// <summary>The link, or nothing for an anonymous visitor.</summary>
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var user = CurrentUser.Id(HttpContext);
        if (user.Length == 0)
        {
            return Content(string.Empty);
        }

        var unread = await NotificationUseCases.UnreadAsync(options.Value.Database, user, HttpContext.RequestAborted);
        var count = unread.Value?.Count ?? 0;
        var label = count == 0 ? T("Pemberitahuan", "Notifications") : T($"Pemberitahuan ({Number(count)} baru)", $"Notifications ({Number(count)} new)");
        return new HtmlContentViewComponentResult(new Microsoft.AspNetCore.Html.HtmlContentBuilder()
            .AppendHtml($"<a href=\"{CalendarLinks.Notifications}\">").Append(label).AppendHtml("</a>"));
    }
}
