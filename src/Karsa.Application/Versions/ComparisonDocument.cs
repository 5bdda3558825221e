using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Versions;

namespace Karsa.Application.Versions;

/// <summary>
/// A comparison as a JSON document with stable keys (<c>karsa diff --format json</c>, the web app):
/// the typed changes with their values, and each item's sentence in the chosen language.
/// </summary>
public sealed record ComparisonDocument(
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("regionName")] string RegionName,
    [property: JsonPropertyName("older")] VersionDocument Older,
    [property: JsonPropertyName("newer")] VersionDocument Newer,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("hasChanges")] bool HasChanges,
    [property: JsonPropertyName("sections")] IReadOnlyList<SectionDocument> Sections)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The document of <paramref name="comparison"/>, sentences in <paramref name="language"/>.</summary>
    public static ComparisonDocument From(VersionComparison comparison, Language language)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return new(comparison.RegionCode, comparison.RegionName, VersionDocument.From(comparison.Older), VersionDocument.From(comparison.Newer),
            language == Domain.Primitives.Language.English ? "en" : "id", comparison.Changes.HasChanges,
            [.. comparison.Changes.Sections.Select(s => new SectionDocument(s.Section, ChangeLabels.Section(s.Section, language), !s.IsUnchanged,
                [.. s.Items.Select(i => ItemDocument.From(i, language))]))]);
    }

    /// <summary>The document as indented JSON (UTF-8 text, non-ASCII kept readable), ending in a newline.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";
}

/// <summary>A compared version: its number and state (<c>draft</c> or <c>published</c>).</summary>
public sealed record VersionDocument(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("state")] string State)
{
    /// <summary>The document of a version.</summary>
    public static VersionDocument From(VersionInfo version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(version.Version, version.State.ToString().ToLowerInvariant());
    }
}

/// <summary>A section: its key, its title in the chosen language, whether it changed, and its items.</summary>
public sealed record SectionDocument(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("changed")] bool Changed,
    [property: JsonPropertyName("items")] IReadOnlyList<ItemDocument> Items);

/// <summary>A changed item with its sentence, whole values and field changes.</summary>
public sealed record ItemDocument(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("change")] string Change,
    [property: JsonPropertyName("name")] TextDocument? Name,
    [property: JsonPropertyName("old")] ValueDocument? Old,
    [property: JsonPropertyName("new")] ValueDocument? New,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("fields")] IReadOnlyList<FieldDocument> Fields)
{
    /// <summary>The document of an item.</summary>
    public static ItemDocument From(ItemChange item, Language language)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Subject, item.Key, item.Path, Kind(item.Kind), TextDocument.From(item.Name), ValueDocument.From(item.Old), ValueDocument.From(item.New),
            ChangeWording.Item(item, language), [.. item.Fields.Select(f => FieldDocument.From(item, f, language))]);
    }

    /// <summary>"added", "removed" or "changed".</summary>
    internal static string Kind(ChangeKind kind) => kind.ToString().ToLowerInvariant();
}

/// <summary>A changed field: where, which, keyed by what, old and new values, and its phrase.</summary>
public sealed record FieldDocument(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("change")] string Change,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("keyName")] TextDocument? KeyName,
    [property: JsonPropertyName("old")] ValueDocument? Old,
    [property: JsonPropertyName("new")] ValueDocument? New,
    [property: JsonPropertyName("text")] string Text)
{
    /// <summary>The document of a field change of <paramref name="item"/>.</summary>
    public static FieldDocument From(ItemChange item, FieldChange field, Language language)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new(field.Path, field.Field, ItemDocument.Kind(field.Kind), field.Year?.Value, field.Source?.Key, field.Key, TextDocument.From(field.KeyName),
            ValueDocument.From(field.Old), ValueDocument.From(field.New), ChangeWording.Field(item, field, language));
    }
}

/// <summary>A text in both languages (<c>en</c> omitted when the author gave none).</summary>
public sealed record TextDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("en")] string? En)
{
    /// <summary>The document of a text, or null.</summary>
    public static TextDocument? From(LocalizedText? text) => text is null ? null : new(text.Indonesian, text.English);
}

/// <summary>
/// A typed value: <c>type</c> is text, money (whole Rupiah), year, date (<c>YYYY-MM-DD</c>), years, number, flag, code or
/// dependency; <c>value</c> holds it (a text as <c>{id, en}</c>, a dependency as <c>{programme, lagYears}</c>).
/// </summary>
public sealed record ValueDocument(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] object Value)
{
    /// <summary>The document of a value, or null.</summary>
    public static ValueDocument? From(ChangeValue? value) => value switch
    {
        null => null,
        TextValue text => new("text", TextDocument.From(text.Text)!),
        MoneyValue money => new("money", money.Amount.Value),
        YearValue year => new("year", year.Year.Value),
        DateValue date => new("date", date.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        YearsValue years => new("years", years.Years),
        NumberValue number => new("number", number.Number),
        FlagValue flag => new("flag", flag.Flag),
        CodeValue code => new("code", code.Code),
        DependencyValue dependency => new("dependency", new DependencyDocument(dependency.Programme.Value, dependency.LagYears)),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "unknown kind of value"),
    };
}

/// <summary>A dependency value.</summary>
public sealed record DependencyDocument(
    [property: JsonPropertyName("programme")] string Programme,
    [property: JsonPropertyName("lagYears")] int LagYears);
