using Karsa.Domain.Diagnostics;
using Karsa.Interchange.Parsing;

namespace Karsa.Interchange.Mapping;

/// <summary>The plan-file keys of an enum's values (e.g. <c>capacity-building</c>), both ways.</summary>
internal sealed class KeyTable<T>
    where T : struct, Enum
{
    private readonly Dictionary<string, T> _byKey;
    private readonly Dictionary<T, string> _byValue;
    private readonly Func<string, Diagnostic> _unknown;

    /// <summary>A table keyed by <paramref name="key"/>; <paramref name="unknown"/> makes the problem for a key not in it.</summary>
    public KeyTable(Func<T, string> key, Func<string, Diagnostic>? unknown = null)
    {
        _byValue = Enum.GetValues<T>().ToDictionary(v => v, key);
        _byKey = _byValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        _unknown = unknown ?? (text => Problems.WrongType(Expected.OneOf(Keys), text));
    }

    /// <summary>A table whose keys are the enum names in kebab-case (CapacityBuilding: capacity-building).</summary>
    public KeyTable(Func<string, Diagnostic>? unknown = null)
        : this(v => KebabCase(v.ToString()), unknown)
    {
    }

    /// <summary>All keys in the enum's order.</summary>
    public IEnumerable<string> Keys => _byValue.Values;

    /// <summary>The key of <paramref name="value"/>.</summary>
    public string Key(T value) => _byValue[value];

    /// <summary>The value for <paramref name="key"/>, if it is one.</summary>
    public bool TryParse(string key, out T value) => _byKey.TryGetValue(key, out value);

    /// <summary>The problem for a key that is not in the table.</summary>
    public Diagnostic Unknown(string key) => _unknown(key);

    private static string KebabCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
