namespace Karsa.Domain.Primitives;

/// <summary>
/// An Indonesian fiscal year (January to December), as an integer year. Invariant: 1945..2200.
/// </summary>
public readonly record struct FiscalYear : IComparable<FiscalYear>
{
    /// <summary>The earliest year the model accepts.</summary>
    public const int Min = 1945;

    /// <summary>The latest year the model accepts.</summary>
    public const int Max = 2200;

    /// <summary>Creates a fiscal year, rejecting years outside <see cref="Min"/>..<see cref="Max"/>.</summary>
    public FiscalYear(int value)
    {
        if (value is < Min or > Max)
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.YearOutOfRange(value));
        }

        Value = value;
    }

    /// <summary>The calendar year number.</summary>
    public int Value { get; }

    /// <summary>The year <paramref name="years"/> later (or earlier when negative).</summary>
    public FiscalYear Plus(int years) => new(Value + years);

    /// <summary>Years from <paramref name="other"/> to this year.</summary>
    public int YearsSince(FiscalYear other) => Value - other.Value;

    /// <inheritdoc />
    public int CompareTo(FiscalYear other) => Value.CompareTo(other.Value);

    /// <summary>Orders by year.</summary>
    public static bool operator <(FiscalYear left, FiscalYear right) => left.Value < right.Value;

    /// <summary>Orders by year.</summary>
    public static bool operator >(FiscalYear left, FiscalYear right) => left.Value > right.Value;

    /// <summary>Orders by year.</summary>
    public static bool operator <=(FiscalYear left, FiscalYear right) => left.Value <= right.Value;

    /// <summary>Orders by year.</summary>
    public static bool operator >=(FiscalYear left, FiscalYear right) => left.Value >= right.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
