using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Domain.Regions;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>Reads the small shapes used in several places: periods, terms, scales, measured values, amounts per year and source.</summary>
internal static class CommonMapper
{
    /// <summary><c>{first, last}</c>.</summary>
    public static PlanPeriod? ReadPeriod(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Period);
        if (fields is null)
        {
            return null;
        }

        var first = context.ReadYear(fields.Required("first"), fields.PathOf("first"));
        var last = context.ReadYear(fields.Required("last"), fields.PathOf("last"));
        return first is { } f && last is { } l && context.TryBuild(() => new PlanPeriod(f, l), path, fields.Position, out var period)
            ? period
            : null;
    }

    /// <summary><c>{quickWinYears, shortTermYears, mediumTermYears}</c>, each defaulting as the domain does.</summary>
    public static TermBoundaries? ReadTerms(this ReadContext context, Node? node, string path, int? quickWinYears, string quickWinYearsPath)
    {
        var defaults = TermBoundaries.Default;
        var fields = Fields.Open(context, node, path, PlanFields.Terms);
        var shortTerm = fields is null ? null : context.ReadInt(fields.Optional("shortTermYears"), fields.PathOf("shortTermYears"));
        var mediumTerm = fields is null ? null : context.ReadInt(fields.Optional("mediumTermYears"), fields.PathOf("mediumTermYears"));
        var at = fields?.Position ?? context.PositionOf(quickWinYearsPath) ?? default;
        return context.TryBuild(
            () => new TermBoundaries(quickWinYears ?? defaults.QuickWinYears, shortTerm ?? defaults.ShortTermYears, mediumTerm ?? defaults.MediumTermYears),
            fields is null ? quickWinYearsPath : path, at, out var terms) ? terms : null;
    }

    /// <summary><c>{min, max}</c>.</summary>
    public static ScoreScale? ReadScale(this ReadContext context, Node? node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Scale);
        if (fields is null)
        {
            return null;
        }

        var min = context.ReadDecimal(fields.Required("min"), fields.PathOf("min"));
        var max = context.ReadDecimal(fields.Required("max"), fields.PathOf("max"));
        return min is { } low && max is { } high && context.TryBuild(() => new ScoreScale(low, high), path, fields.Position, out var scale)
            ? scale
            : null;
    }

    /// <summary><c>{value, year}</c> with the value read by <paramref name="value"/>.</summary>
    public static Measured<T>? ReadMeasured<T>(this ReadContext context, Node? node, string path, Func<Node?, string, T?> value)
        where T : struct
    {
        var fields = Fields.Open(context, node, path, PlanFields.Measured);
        if (fields is null)
        {
            return null;
        }

        var amount = value(fields.Required("value"), fields.PathOf("value"));
        var year = context.ReadYear(fields.Required("year"), fields.PathOf("year"));
        return amount is { } a && year is { } y ? new Measured<T>(a, y) : null;
    }

    /// <summary>
    /// <c>{year: {source: amount}}</c> as built by <paramref name="make"/> (a domain constructor that
    /// refuses negative amounts), sorted by year then source.
    /// </summary>
    public static ValueList<T> ReadAmounts<T>(this ReadContext context, Node? node, string path, Func<FiscalYear, FundingSource, Rupiah, T> make)
        where T : class
    {
        var amounts = new List<(FiscalYear Year, FundingSource Source, T Item)>();
        context.ReadYearEntries(node, path, (year, perSource, yearPath) =>
            context.ReadCodeEntries(perSource, yearPath, key => new FundingSource(key), (source, amount, amountPath) =>
            {
                if (context.ReadMoney(amount, amountPath) is { } money &&
                    context.TryBuild(() => make(year, source, new Rupiah(money)), amountPath, amount.Position, out var item))
                {
                    amounts.Add((year, source, item));
                }
            }));
        return amounts.OrderBy(a => a.Year).ThenBy(a => a.Source).Select(a => a.Item).ToValueList();
    }

    /// <summary><c>{code: number}</c> (scores, weights) as built by <paramref name="make"/>, in file order.</summary>
    public static ValueList<T> ReadCodeNumbers<TCode, T>(this ReadContext context, Node? node, string path, Func<string, TCode> code, Func<TCode, decimal, T> make)
        where TCode : struct
        where T : class
    {
        var items = new List<T>();
        context.ReadCodeEntries(node, path, code, (parsed, value, entryPath) =>
        {
            if (context.ReadDecimal(value, entryPath) is { } number)
            {
                items.Add(make(parsed, number));
            }
        });
        return items.ToValueList();
    }
}
