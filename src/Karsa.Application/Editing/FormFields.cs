namespace Karsa.Application.Editing;

/// <summary>
/// What a user typed into an editor form, kept verbatim: each value under the plan path of its field,
/// relative to the part being edited (e.g. <c>name.id</c>, <c>costs.2027.apbd</c>). Forms name their
/// inputs by these paths, so a diagnostic's path finds its field and nothing typed is lost when the
/// form is shown again.
/// </summary>
public sealed class FormFields
{
    private readonly Dictionary<string, string> _values;

    /// <summary>The fields; empty values count as absent.</summary>
    public FormFields(IEnumerable<KeyValuePair<string, string?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                _values[key] = value;
            }
        }
    }

    /// <summary>No fields.</summary>
    public static FormFields Empty { get; } = new([]);

    /// <summary>Every field with a value.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The value of <paramref name="path"/> as typed, or "" when none.</summary>
    public string this[string path] => _values.TryGetValue(path, out var value) ? value : string.Empty;

    /// <summary>The trimmed value of <paramref name="path"/>, or null when blank.</summary>
    public string? Text(string path) => _values.TryGetValue(path, out var value) ? value.Trim() : null;

    /// <summary>The items of a list at <paramref name="path"/>: comma-, semicolon- or space-separated, or one a line (a multiple choice posts its values joined by commas).</summary>
    public IReadOnlyList<string> Items(string path) =>
        this[path].Split([',', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when a checkbox at <paramref name="path"/> was ticked.</summary>
    public bool Checked(string path) => _values.TryGetValue(path, out var value) && value is "true" or "on";
}
