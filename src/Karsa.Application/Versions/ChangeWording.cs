using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Versions;

namespace Karsa.Application.Versions;

/// <summary>
/// One sentence per changed item, as a person would write it, e.g. "Program LIV-04 «Puskesmas Keliling»:
/// mulai paling awal 2024 → 2026; biaya APBD 2025 Rp 1.250.000.000 → Rp 1.500.000.000 (+Rp 250.000.000)".
/// </summary>
public static class ChangeWording
{
    /// <summary>The sentence for <paramref name="item"/>.</summary>
    public static string Item(ItemChange item, Language language)
    {
        ArgumentNullException.ThrowIfNull(item);
        var subject = Subject(item, language);
        var value = item.Old ?? item.New;
        return item.Kind switch
        {
            ChangeKind.Added => $"{subject} {Say.T(language, "ditambahkan", "added")}{Summary(item.New, language)}",
            ChangeKind.Removed => $"{subject} {Say.T(language, "dihapus", "removed")}{Summary(item.Old, language)}",
            _ when item.Fields.Count > 0 => $"{subject}: {string.Join("; ", item.Fields.Select(f => Field(item, f, language)))}",
            _ when value is not null => $"{subject}: {Values(item.Old, item.New, language)}",
            _ => $"{subject} {Say.T(language, "diubah", "changed")}",
        };
    }

    /// <summary>The phrase for one field of <paramref name="item"/>, e.g. "mulai paling awal 2024 → 2026".</summary>
    public static string Field(ItemChange item, FieldChange field, Language language)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(field);
        var label = Label(item, field, language);
        var lead = label.Length == 0 ? string.Empty : label + " ";
        return field.Kind switch
        {
            ChangeKind.Added => $"{lead}{Shown(field, field.New, language)}{Say.T(language, " (baru)", " (new)")}".TrimStart(),
            ChangeKind.Removed => $"{lead}{Shown(field, field.Old, language)} {Say.T(language, "dihapus", "removed")}",
            _ when field.Old is null && field.New is null => $"{label} {Say.T(language, "diubah", "changed")}".TrimStart(),
            _ => lead + Values(field.Old, field.New, language, field.Field),
        };
    }

    private static string Subject(ItemChange item, Language language)
    {
        if (item.Subject == "dimension" && item.Name is not null)
        {
            return item.Name.In(language);
        }

        var word = item.Subject is "quadrant" or "planSection" ? ChangeLabels.Word(item.Key, language) : null;
        if (word is not null)
        {
            return word;
        }

        var label = ChangeLabels.Subject(item.Subject, language);
        var key = item.Key == item.Subject ? string.Empty : " " + item.Key;
        var name = item.Name is null ? string.Empty : " " + ValueWording.Quote(item.Name.In(language));
        return label + key + name;
    }

    private static string Label(ItemChange item, FieldChange field, Language language)
    {
        var parts = new List<string> { ChangeLabels.Field(field.Field, language) };
        if (field.Source is { } source)
        {
            parts.Add((field.SourceName ?? FundingSourceCatalog.Defaults.Name(source)).In(language));
        }

        if (field.Year is { } year && item.Subject != "year")
        {
            parts.Add(year.ToString());
        }

        if (field.Key is { } key && field.Field != "statement" && !IsKeyValue(field))
        {
            parts.Add(field.KeyName is { } name ? ValueWording.Quote(name.In(language)) : key);
        }

        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    // A member of a set (an agency, an indicator, a dependency, a result's statement) whose value starts with its own key: say the key once.
    private static bool IsKeyValue(FieldChange field) => (field.Old ?? field.New) switch
    {
        CodeValue code => code.Code == field.Key,
        TextValue text => text.Text.Indonesian == field.Key,
        DependencyValue dependency => dependency.Programme.Value == field.Key,
        _ => false,
    };

    private static string Shown(FieldChange field, ChangeValue? value, Language language) =>
        IsKeyValue(field) && value is not null
            ? ValueWording.Format(value, language, field.Field) + (field.KeyName is { } name ? " " + ValueWording.Quote(name.In(language)) : string.Empty)
            : value is null ? string.Empty : ValueWording.Format(value, language, field.Field);

    private static string Values(ChangeValue? old, ChangeValue? @new, Language language, string? field = null) =>
        $"{Or(old, language, field)} → {Or(@new, language, field)}{ValueWording.Difference(old, @new)}";

    private static string Or(ChangeValue? value, Language language, string? field) =>
        value is null ? Say.T(language, "(tidak ada)", "(none)") : ValueWording.Format(value, language, field);

    private static string Summary(ChangeValue? value, Language language) => value switch
    {
        null => string.Empty,
        MoneyValue money => $" ({Say.T(language, "biaya total", "total cost")} {ValueWording.Format(money, language)})",
        _ => ": " + ValueWording.Format(value, language),
    };
}
