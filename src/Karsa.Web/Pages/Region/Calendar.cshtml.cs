using Karsa.Application.Access;
using Karsa.Application.Calendar;
using Karsa.Application.Monitoring;
using Karsa.Domain.Diagnostics;
using Karsa.Monitoring.Calendar;
using Karsa.Web.Accounts;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Region;

/// <summary>The region's reporting calendar for planners: its periods (add, change, remove) and the agencies late with each period past due.</summary>
[Authorize(Policy = nameof(Permission.ManageReportingCalendar))]
public sealed class CalendarModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : PageModel
{
    /// <summary>The region's code.</summary>
    public string Region { get; private set; } = "";

    /// <summary>The periods.</summary>
    public IReadOnlyList<PeriodView> Periods { get; private set; } = [];

    /// <summary>Periods past due with agencies still owing; null when no progress data is available.</summary>
    public OverdueList? Overdue { get; private set; }

    /// <summary>The period being changed; null when adding.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Edit { get; set; }

    /// <summary>What the form holds (as typed).</summary>
    [BindProperty]
    public PeriodFields Fields { get; set; } = new();

    /// <summary>The problems of the last save or removal, each at its field.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string region, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(region, cancellationToken);
        if (loaded is not null)
        {
            return loaded;
        }

        if (Edit is { } id && Periods.FirstOrDefault(p => p.Id == id) is { } editing)
        {
            Fields = PeriodFields.Of(editing.Period);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string region, CancellationToken cancellationToken)
    {
        var actor = CurrentUser.Actor(HttpContext);
        var input = Fields.Input();
        var saved = Edit is { } id
            ? await CalendarUseCases.EditAsync(options.Value.Database, actor, region, id, input, clock, cancellationToken)
            : await CalendarUseCases.AddAsync(options.Value.Database, actor, region, input, clock, cancellationToken);
        return await AfterAsync(region, saved.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string region, long period, CancellationToken cancellationToken)
    {
        var removed = await CalendarUseCases.RemoveAsync(options.Value.Database, CurrentUser.Actor(HttpContext), region, period, cancellationToken);
        return await AfterAsync(region, removed.Error, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(string region, Application.Common.UseCaseError? error, CancellationToken cancellationToken)
    {
        if (error is null)
        {
            return Redirect(CalendarLinks.Calendar(region));
        }

        if (error.Kind != Application.Common.FailureKind.InvalidInput)
        {
            return PageErrors.Status(error);
        }

        Problems = error.Diagnostics;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await LoadAsync(region, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string region, CancellationToken cancellationToken)
    {
        var actor = CurrentUser.Actor(HttpContext);
        var periods = await CalendarUseCases.PeriodsAsync(options.Value.Database, actor, region, cancellationToken);
        if (!periods.Succeeded)
        {
            return PageErrors.Status(periods.Error);
        }

        (Region, Periods) = (periods.Value.Region, periods.Value.Periods);
        if (HttpContext.RequestServices.GetService<IProgressFacts>() is { } facts)
        {
            var overdue = await ObligationUseCases.OverdueAsync(options.Value.Database, actor, region, facts, clock, cancellationToken);
            Overdue = overdue.Value;
        }

        return null;
    }
}

/// <summary>A period's form fields as typed (text, so nothing typed is lost when an error is shown).</summary>
public sealed class PeriodFields
{
    /// <summary>The fiscal year.</summary>
    public string? Year { get; set; }

    /// <summary>The name.</summary>
    public string? Name { get; set; }

    /// <summary>The opening day (yyyy-MM-dd).</summary>
    public string? Opens { get; set; }

    /// <summary>The due date (yyyy-MM-dd).</summary>
    public string? Due { get; set; }

    /// <summary>The reminder days ("7, 0, -1").</summary>
    public string? Reminders { get; set; }

    /// <summary>The input for the use case.</summary>
    public PeriodInput Input() => new(Year, Name, Opens, Due, Reminders);

    /// <summary>The fields of a stored period.</summary>
    public static PeriodFields Of(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new()
        {
            Year = period.Year.ToString(),
            Name = period.Name,
            Opens = period.Opens.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Due = period.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Reminders = ReminderDays.Format(period.ReminderDays),
        };
    }
}
