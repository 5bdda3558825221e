using Karsa.Domain.Primitives;
using Karsa.Monitoring.Calendar;

namespace Karsa.Interchange.Tests.CodeTable;

/// <summary>
/// The cases of the reporting calendar's period codes (KRS160-KRS162), made by the period that refuses
/// them. KRS163 and KRS164 concern the stored calendar and fire in Karsa.Application.Tests (CalendarUseCasesTests).
/// </summary>
internal static class CalendarCodeCases
{
    /// <summary>One case per code, in code order.</summary>
    public static IReadOnlyList<CodeCase> Cases { get; } =
    [
        Case("KRS160", "a period due the day before it opens", () => Period(new(2027, 4, 1), new(2027, 4, 1), "7"), () => Period(new(2027, 4, 1), new(2027, 3, 31), "7"), "due"),
        Case("KRS161", "a 2027 period opening in 2029", () => Period(new(2028, 1, 5), new(2028, 1, 31), "7"), () => Period(new(2029, 1, 5), new(2029, 1, 31), "7"), "opens"),
        Case("KRS162", "a reminder 91 days before the due date", () => Period(new(2027, 4, 1), new(2027, 4, 10), "90"), () => Period(new(2027, 4, 1), new(2027, 4, 10), "91"), "reminders"),
    ];

    /// <summary>True for the codes whose cases are in Karsa.Application.Tests.</summary>
    public static bool CoveredByApplicationTests(string code) => code is "KRS163" or "KRS164";

    private static CustomCase Case(string code, string what, Func<object> before, Func<object> after, string path) =>
        new(code, what, () => Made(before), () => Made(after), path);

    private static IReadOnlyList<Domain.Diagnostics.Diagnostic> Made(Func<object> make)
    {
        _ = make();
        return [];
    }

    private static ReportingPeriod Period(DateOnly opens, DateOnly due, string reminders) =>
        new(new FiscalYear(2027), "Triwulan I 2027", opens, due, ReminderDays.Parse(reminders));
}
