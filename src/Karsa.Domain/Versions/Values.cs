using System.Text;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Versions;

/// <summary>Wraps plan values as <see cref="ChangeValue"/>s; an absent value stays null.</summary>
internal static class Values
{
    public static ChangeValue? Text(LocalizedText? text) => text is null ? null : new TextValue(text);

    public static ChangeValue? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : new TextValue(new LocalizedText(text));

    /// <summary>A plain-text name as a display name, or null when blank.</summary>
    public static LocalizedText? Name(string? name) => string.IsNullOrWhiteSpace(name) ? null : new LocalizedText(name);

    public static ChangeValue Money(Rupiah amount) => new MoneyValue(amount);

    public static ChangeValue? Year(FiscalYear? year) => year is { } y ? new YearValue(y) : null;

    public static ChangeValue? Date(DateOnly? day) => day is { } d ? new DateValue(d) : null;

    public static ChangeValue Years(int years) => new YearsValue(years);

    public static ChangeValue? Years(int? years) => years is { } y ? new YearsValue(y) : null;

    public static ChangeValue? Number(decimal? number) => number is { } n ? new NumberValue(n) : null;

    public static ChangeValue Flag(bool flag) => new FlagValue(flag);

    public static ChangeValue? Code(string? code) => string.IsNullOrWhiteSpace(code) ? null : new CodeValue(code);

    /// <summary>An enum value as its plan-file key: <c>CapacityBuilding</c> → <c>capacity-building</c>.</summary>
    public static ChangeValue Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => new CodeValue(Key(value));

    /// <summary>The plan-file key of an enum value.</summary>
    public static string Key<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var key = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                key.Append('-');
            }

            key.Append(char.ToLowerInvariant(name[i]));
        }

        return key.ToString();
    }
}
