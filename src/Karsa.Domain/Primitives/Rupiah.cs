namespace Karsa.Domain.Primitives;

/// <summary>
/// An amount of money in whole Indonesian Rupiah. Never floating point. Amounts may be negative only
/// as differences (for example a change between scenarios); costs and ceilings reject negatives.
/// </summary>
public readonly record struct Rupiah(long Value) : IComparable<Rupiah>
{
    /// <summary>Zero Rupiah.</summary>
    public static Rupiah Zero => default;

    /// <summary>Sum of two amounts; throws on overflow rather than wrapping.</summary>
    public static Rupiah operator +(Rupiah left, Rupiah right) => new(checked(left.Value + right.Value));

    /// <summary>Difference of two amounts; throws on overflow rather than wrapping.</summary>
    public static Rupiah operator -(Rupiah left, Rupiah right) => new(checked(left.Value - right.Value));

    /// <summary>Orders by amount.</summary>
    public static bool operator <(Rupiah left, Rupiah right) => left.Value < right.Value;

    /// <summary>Orders by amount.</summary>
    public static bool operator >(Rupiah left, Rupiah right) => left.Value > right.Value;

    /// <summary>Orders by amount.</summary>
    public static bool operator <=(Rupiah left, Rupiah right) => left.Value <= right.Value;

    /// <summary>Orders by amount.</summary>
    public static bool operator >=(Rupiah left, Rupiah right) => left.Value >= right.Value;

    /// <inheritdoc />
    public int CompareTo(Rupiah other) => Value.CompareTo(other.Value);

    /// <summary>A non-negative amount, or a <see cref="Diagnostics.DomainException"/> naming the field.</summary>
    public static Rupiah NonNegative(long value, string field) =>
        value >= 0 ? new Rupiah(value) : throw new Diagnostics.DomainException(Diagnostics.Problems.NegativeMoney(field, value));

    /// <summary>Indonesian form: <c>Rp 1.250.000.000</c>, negatives as <c>-Rp 5.000</c>.</summary>
    public override string ToString() => IndonesianNumbers.FormatRupiah(Value);
}
