using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Calendar;

namespace Karsa.Application.Calendar;

/// <summary>Reads a <see cref="PeriodInput"/> into a <see cref="ReportingPeriod"/>, collecting every problem at its field (year, name, opens, due, reminders).</summary>
internal static class PeriodForm
{
    private static readonly LocalizedText DateForm = new("tanggal TTTT-BB-HH (mis. 2027-04-10)", "a date YYYY-MM-DD (e.g. 2027-04-10)");
    private static readonly LocalizedText WholeNumber = new("bilangan bulat", "a whole number");

    /// <summary>The period, or the problems that keep the input from being one.</summary>
    public static (ReportingPeriod? Period, IReadOnlyList<Diagnostic> Problems) Read(PeriodInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<Diagnostic>();
        var year = Guarded(problems, "year", () => Required(input.Year, "year") is { } text
            ? int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? new FiscalYear(value)
                : throw new DomainException(Problems.WrongType(WholeNumber, new LocalizedText(text)))
            : (FiscalYear?)null);
        var opens = Date(problems, input.Opens, "opens");
        var due = Date(problems, input.Due, "due");
        var days = Guarded(problems, string.Empty, () => (ValueList<int>?)ReminderDays.Parse(input.Reminders));
        if (year is not { } y || opens is not { } o || due is not { } d || days is not { } r)
        {
            // The name is still checked, so that one answer names every wrong field.
            if (ReportingPeriod.NameProblem(input.Name) is { } wrongName)
            {
                problems.Add(wrongName);
            }

            return (null, problems);
        }

        var period = Guarded(problems, string.Empty, () => new ReportingPeriod(y, input.Name ?? string.Empty, o, d, r));
        return (problems.Count == 0 ? period : null, problems);
    }

    private static DateOnly? Date(List<Diagnostic> problems, string? text, string field) =>
        Guarded(problems, field, () => Required(text, field) is { } value
            ? DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new DomainException(Problems.WrongType(DateForm, new LocalizedText(value)))
            : (DateOnly?)null);

    private static string? Required(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException(Problems.MissingField(field)) : text.Trim();

    private static T? Guarded<T>(List<Diagnostic> problems, string field, Func<T?> read)
    {
        try
        {
            return read();
        }
        catch (DomainException refused)
        {
            problems.AddRange(refused.Problems.Select(p => field.Length == 0 ? p : p.Under(field)));
            return default;
        }
    }
}
