using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Indicators;

/// <summary>What an observation period covers.</summary>
public enum PeriodKind
{
    /// <summary>A calendar (fiscal) year.</summary>
    Year,

    /// <summary>A quarter of a year.</summary>
    Quarter,

    /// <summary>A month.</summary>
    Month,

    /// <summary>Any span of days from one date to another.</summary>
    Range,
}

/// <summary>
/// The time an observed value is about: a year (<c>2025</c>), a quarter (<c>2025-Q2</c>), a month
/// (<c>2025-07</c>) or a range of days (<c>2025-01-15..2025-03-31</c>). Invariants: years are fiscal
/// years, quarters 1-4, months 1-12, a range does not end before it starts (else KRS122).
/// </summary>
public sealed record ObservationPeriod
{
    private ObservationPeriod(PeriodKind kind, DateOnly from, DateOnly to) => (Kind, From, To) = (kind, from, to);

    /// <summary>What the period covers.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The first day.</summary>
    public DateOnly From { get; }

    /// <summary>The last day (inclusive).</summary>
    public DateOnly To { get; }

    /// <summary>A whole year.</summary>
    public static ObservationPeriod Year(int year)
    {
        var fiscal = new FiscalYear(year);
        return new(PeriodKind.Year, new DateOnly(fiscal.Value, 1, 1), new DateOnly(fiscal.Value, 12, 31));
    }

    /// <summary>Quarter <paramref name="quarter"/> (1-4) of <paramref name="year"/>.</summary>
    public static ObservationPeriod Quarter(int year, int quarter)
    {
        var fiscal = new FiscalYear(year);
        Require(quarter is >= 1 and <= 4, $"{year}-Q{quarter}");
        var from = new DateOnly(fiscal.Value, (3 * quarter) - 2, 1);
        return new(PeriodKind.Quarter, from, from.AddMonths(3).AddDays(-1));
    }

    /// <summary>Month <paramref name="month"/> (1-12) of <paramref name="year"/>.</summary>
    public static ObservationPeriod Month(int year, int month)
    {
        var fiscal = new FiscalYear(year);
        Require(month is >= 1 and <= 12, $"{year}-{month:00}");
        var from = new DateOnly(fiscal.Value, month, 1);
        return new(PeriodKind.Month, from, from.AddMonths(1).AddDays(-1));
    }

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static ObservationPeriod Range(DateOnly from, DateOnly to)
    {
        _ = new FiscalYear(from.Year);
        _ = new FiscalYear(to.Year);
        Require(to >= from, $"{Day(from)}..{Day(to)}");
        return new(PeriodKind.Range, from, to);
    }

    /// <summary>
    /// Reads <c>2025</c>, <c>2025-Q2</c>, <c>2025-07</c>, or a range <c>FROM..TO</c> of days
    /// (<c>2025-01-15</c>) or months (<c>2025-01..2025-06</c>, from the first of the first month to
    /// the last of the second). Throws KRS122 for anything else.
    /// </summary>
    public static ObservationPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        var dots = value.IndexOf("..", StringComparison.Ordinal);
        if (dots >= 0)
        {
            var from = Single(value[..dots], text);
            var to = Single(value[(dots + 2)..], text);
            return Range(from.From, to.To);
        }

        return Single(value, text);
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        PeriodKind.Year => N(From.Year),
        PeriodKind.Quarter => $"{N(From.Year)}-Q{N(((From.Month - 1) / 3) + 1)}",
        PeriodKind.Month => $"{N(From.Year)}-{From.Month:00}",
        _ => $"{Day(From)}..{Day(To)}",
    };

    private static ObservationPeriod Single(string part, string whole)
    {
        var fields = part.Split('-');
        Require(fields.Length is >= 1 and <= 3 && fields.All(f => f.Length > 0), whole);
        var year = Number(fields[0], whole);
        return fields switch
        {
            [_] => Year(year),
            [_, ['Q' or 'q', .. var q]] => Quarter(year, Number(q, whole)),
            [_, var month] => Month(year, Number(month, whole)),
            _ => Day(year, Number(fields[1], whole), Number(fields[2], whole), whole),
        };
    }

    private static ObservationPeriod Day(int year, int month, int day, string whole)
    {
        var fiscal = new FiscalYear(year);
        Require(month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(fiscal.Value, month), whole);
        var date = new DateOnly(fiscal.Value, month, day);
        return new(PeriodKind.Range, date, date);
    }

    private static int Number(string text, string whole)
    {
        Require(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value), whole);
        return value;
    }

    private static void Require(bool condition, string period)
    {
        if (!condition)
        {
            throw new DomainException(Problems.BadObservationPeriod(period).Under("period"));
        }
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
