using Karsa.Application.Access;
using Karsa.Application.Calendar;
using Karsa.Application.Monitoring;
using Karsa.Web.Accounts;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Api;

/// <summary>The reporting calendar: a region's periods, what agencies owe, the overdue list, and the signed-in user's notices.</summary>
internal static class CalendarApi
{
    private const string Tag = "Reporting calendar";

    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var region = api.MapGroup("/regions/{region}").WithTags(Tag);
        region.MapGet("/reporting-periods", ListAsync).WithName("ListReportingPeriods")
            .RequireAuthorization(nameof(Permission.ReadDrafts))
            .WithSummary("The region's reporting periods: fiscal year, name, opening day, due date, reminder days and reminders sent.")
            .Produces<List<PeriodResource>>().ProducesProblem(StatusCodes.Status404NotFound);
        region.MapPost("/reporting-periods", AddAsync).WithName("AddReportingPeriod")
            .RequireAuthorization(nameof(Permission.ManageReportingCalendar))
            .WithSummary("Adds a period (planners). Every value is text: year \"2027\", opens and due \"yyyy-MM-dd\", reminders \"7, 0, -1\"; errors name their field (422).")
            .Produces<PeriodResource>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        region.MapPut("/reporting-periods/{period:long}", EditAsync).WithName("EditReportingPeriod")
            .RequireAuthorization(nameof(Permission.ManageReportingCalendar))
            .WithSummary("Changes a period (planners); the same fields and errors as adding one.")
            .Produces<PeriodResource>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        region.MapDelete("/reporting-periods/{period:long}", RemoveAsync).WithName("RemoveReportingPeriod")
            .RequireAuthorization(nameof(Permission.ManageReportingCalendar))
            .WithSummary("Removes a period (planners), unless its reminders went out (422, KRS164).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        region.MapGet("/obligations", OwedAsync).WithName("ListObligations")
            .RequireAuthorization(nameof(Permission.ReportProgress))
            .WithSummary("What the caller's agency owes (a planner: any agency): open periods, due dates, what is overdue.")
            .Produces<List<ObligationResource>>().ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        region.MapGet("/overdue", OverdueAsync).WithName("ListOverdue")
            .RequireAuthorization(nameof(Permission.ManageReportingCalendar))
            .WithSummary("Periods past their due date with the agencies that still owe their reports (planners).")
            .Produces<List<OverdueResource>>().ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        var notices = api.MapGroup("/me/notifications").WithTags(Tag).RequireAuthorization();
        notices.MapGet("", NoticesAsync).WithName("ListNotifications").WithSummary("The caller's notices, newest first, with the unread count; paged.")
            .Produces<NotificationPageResource>();
        notices.MapGet("/unread", UnreadAsync).WithName("CountUnreadNotifications").WithSummary("How many of the caller's notices are unread.")
            .Produces<NotificationCount>();
        notices.MapPost("/read", MarkReadAsync).WithName("MarkNotificationsRead")
            .WithSummary("Marks the caller's notice ?id= read, or all of them without id; answers how many changed.")
            .Produces<NotificationCount>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(string region, HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var result = await CalendarUseCases.PeriodsAsync(options.Value.Database, CurrentUser.Actor(http), region, cancellationToken);
        return result.Succeeded ? Results.Ok(result.Value.Periods.Select(PeriodResource.Of).ToList()) : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> AddAsync(string region, PeriodInput input, HttpContext http, IOptions<KarsaWebOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await CalendarUseCases.AddAsync(options.Value.Database, CurrentUser.Actor(http), region, input, clock, cancellationToken);
        return result.Succeeded ? Results.Created($"/api/v1/regions/{region}/reporting-periods/{result.Value.Id}", PeriodResource.Of(result.Value)) : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> EditAsync(string region, long period, PeriodInput input, HttpContext http, IOptions<KarsaWebOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var result = await CalendarUseCases.EditAsync(options.Value.Database, CurrentUser.Actor(http), region, period, input, clock, cancellationToken);
        return result.Succeeded ? Results.Ok(PeriodResource.Of(result.Value)) : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> RemoveAsync(string region, long period, HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var result = await CalendarUseCases.RemoveAsync(options.Value.Database, CurrentUser.Actor(http), region, period, cancellationToken);
        return result.Succeeded ? Results.NoContent() : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> OwedAsync(string region, HttpContext http, IOptions<KarsaWebOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (http.RequestServices.GetService<IProgressFacts>() is not { } facts)
        {
            return NoFacts();
        }

        var result = await ObligationUseCases.OwedAsync(options.Value.Database, CurrentUser.Actor(http), region, facts, clock, cancellationToken);
        return result.Succeeded
            ? Results.Ok(result.Value.Periods.Select(o => new ObligationResource(PeriodResource.Of(o.Period), o.Owed, o.Overdue, o.DaysLeft)).ToList())
            : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> OverdueAsync(string region, HttpContext http, IOptions<KarsaWebOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (http.RequestServices.GetService<IProgressFacts>() is not { } facts)
        {
            return NoFacts();
        }

        var result = await ObligationUseCases.OverdueAsync(options.Value.Database, CurrentUser.Actor(http), region, facts, clock, cancellationToken);
        return result.Succeeded
            ? Results.Ok(result.Value.Periods.Select(o => new OverdueResource(PeriodResource.Of(o.Period), o.Agencies)).ToList())
            : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> NoticesAsync(int? offset, int? limit, HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var result = await NotificationUseCases.ListAsync(options.Value.Database, CurrentUser.Id(http), offset ?? 0, limit ?? 20, cancellationToken);
        return result.Succeeded
            ? Results.Ok(new NotificationPageResource([.. result.Value.Items.Select(NotificationResource.Of)], result.Value.Unread, result.Value.Total))
            : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> UnreadAsync(HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var result = await NotificationUseCases.UnreadAsync(options.Value.Database, CurrentUser.Id(http), cancellationToken);
        return result.Succeeded ? Results.Ok(result.Value) : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> MarkReadAsync(long? id, HttpContext http, IOptions<KarsaWebOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await NotificationUseCases.MarkReadAsync(options.Value.Database, CurrentUser.Id(http), id, clock, cancellationToken);
        return result.Succeeded ? Results.Ok(result.Value) : ApiProblems.From(result.Error);
    }

    /// <summary>The answer while the progress feature has registered no facts: nothing can say who owes.</summary>
    internal static IResult NoFacts() => ApiProblems.Of(StatusCodes.Status503ServiceUnavailable,
        "Data kemajuan belum tersedia di server ini, jadi kewajiban laporan belum dapat dihitung.",
        "Progress data is not available on this server, so reporting obligations cannot be worked out yet.");
}
