using System.Globalization;
using System.Text.RegularExpressions;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Parsing;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>
/// Reads scalar values of the plan file, reporting a wrong type (KRS005) or non-whole money (KRS014)
/// at the value's position and returning null; a null node (absent field) gives null silently.
/// </summary>
internal static partial class Scalars
{
    private static readonly LocalizedText WholeNumberName = new("bilangan bulat", "whole number");

    /// <summary>Text (a YAML number-looking value must be quoted to be text).</summary>
    public static string? ReadString(this ReadContext context, Node? node, string path) =>
        node switch
        {
            null => null,
            ScalarNode { Type: ScalarType.String } scalar => scalar.Text,
            _ => context.WrongType(node, Expected.Text, path),
        };

    /// <summary>A number with or without decimals.</summary>
    public static decimal? ReadDecimal(this ReadContext context, Node? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is ScalarNode { Type: ScalarType.Number } scalar &&
            decimal.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        context.WrongType(node, Expected.Number, path);
        return null;
    }

    /// <summary>A whole number within the range of <see cref="int"/>.</summary>
    public static int? ReadInt(this ReadContext context, Node? node, string path)
    {
        var value = context.ReadLong(node, path);
        if (value is null or (>= int.MinValue and <= int.MaxValue))
        {
            return (int?)value;
        }

        context.Report(Problems.OutOfRange(WholeNumberName, value.Value.ToString(CultureInfo.InvariantCulture), $"{int.MinValue}..{int.MaxValue}"), path, node!.Position);
        return null;
    }

    /// <summary>An amount of whole Rupiah (the sign is checked by the domain).</summary>
    public static long? ReadMoney(this ReadContext context, Node? node, string path)
    {
        if (node is ScalarNode { Type: ScalarType.Number } scalar && !WholeNumber().IsMatch(scalar.Text))
        {
            context.Report(Problems.NonIntegerMoney(scalar.Text), path, scalar.Position);
            return null;
        }

        return context.ReadLong(node, path, Expected.Rupiah);
    }

    /// <summary>true or false.</summary>
    public static bool? ReadBool(this ReadContext context, Node? node, string path) =>
        node switch
        {
            null => null,
            ScalarNode { Type: ScalarType.Boolean } scalar => scalar.Text.Equals("true", StringComparison.OrdinalIgnoreCase),
            _ => context.WrongType<bool?>(node, Expected.Boolean, path),
        };

    /// <summary>A fiscal year written as a number.</summary>
    public static FiscalYear? ReadYear(this ReadContext context, Node? node, string path) =>
        context.ReadInt(node, path) is { } year && context.TryBuild(() => new FiscalYear(year), path, node!.Position, out var built) ? built : null;

    /// <summary>A fiscal year written as a mapping key (e.g. <c>2024:</c> or JSON's <c>"2024"</c>).</summary>
    public static FiscalYear? ReadYearKey(this ReadContext context, ScalarNode key, string path)
    {
        if (!WholeNumber().IsMatch(key.Text) || !int.TryParse(key.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year))
        {
            return context.WrongType<FiscalYear?>(key, Expected.Year, path);
        }

        return context.TryBuild(() => new FiscalYear(year), path, key.Position, out var built) ? built : null;
    }

    /// <summary>One of the keys of <paramref name="table"/>.</summary>
    public static T? ReadKey<T>(this ReadContext context, Node? node, string path, KeyTable<T> table)
        where T : struct, Enum
    {
        if (context.ReadString(node, path) is not { } text)
        {
            return null;
        }

        if (table.TryParse(text, out var value))
        {
            return value;
        }

        context.Report(table.Unknown(text), path, node!.Position);
        return null;
    }

    /// <summary>A code, validated by the domain constructor <paramref name="make"/>.</summary>
    public static T? ReadCode<T>(this ReadContext context, Node? node, string path, Func<string, T> make)
        where T : struct =>
        context.ReadString(node, path) is { } text && context.TryBuild(() => make(text), path, node!.Position, out var code) ? code : null;

    /// <summary>A text: a plain string (Bahasa Indonesia) or <c>{id, en}</c>.</summary>
    public static LocalizedText? ReadText(this ReadContext context, Node? node, string path)
    {
        if (node is MappingNode)
        {
            var fields = Fields.Open(context, node, path, PlanFields.Text)!;
            var indonesian = context.ReadString(fields.Required("id"), fields.PathOf("id"));
            var english = context.ReadString(fields.Optional("en"), fields.PathOf("en"));
            return indonesian is not null && context.TryBuild(() => new LocalizedText(indonesian, english), path, node.Position, out var text)
                ? text
                : null;
        }

        return context.ReadString(node, path) is { } plain && context.TryBuild(() => new LocalizedText(plain), path, node!.Position, out var built)
            ? built
            : null;
    }

    /// <summary>Reports that <paramref name="node"/> is not <paramref name="expected"/>; returns default.</summary>
    public static T? WrongType<T>(this ReadContext context, Node node, LocalizedText expected, string path)
    {
        context.Report(Problems.WrongType(expected, node.Describe()), path, node.Position);
        return default;
    }

    private static string? WrongType(this ReadContext context, Node node, LocalizedText expected, string path) =>
        context.WrongType<string>(node, expected, path);

    /// <summary>A whole number within the range of <see cref="long"/>.</summary>
    public static long? ReadLong(this ReadContext context, Node? node, string path, LocalizedText? expected = null)
    {
        if (node is null)
        {
            return null;
        }

        if (node is ScalarNode { Type: ScalarType.Number } scalar && WholeNumber().IsMatch(scalar.Text))
        {
            if (long.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            context.Report(Problems.OutOfRange(WholeNumberName, scalar.Text, $"{long.MinValue}..{long.MaxValue}"), path, scalar.Position);
            return null;
        }

        return context.WrongType<long?>(node, expected ?? Expected.WholeNumber, path);
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();
}
