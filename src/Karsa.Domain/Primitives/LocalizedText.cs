namespace Karsa.Domain.Primitives;

/// <summary>The two languages Karsa speaks. Bahasa Indonesia is the default.</summary>
public enum Language
{
    /// <summary>Bahasa Indonesia.</summary>
    Indonesian,

    /// <summary>English.</summary>
    English,
}

/// <summary>
/// Text in Bahasa Indonesia with an optional English rendering. Invariant: the Indonesian text is
/// never empty; English falls back to Indonesian when absent.
/// </summary>
public sealed record LocalizedText
{
    /// <summary>Creates a text; <paramref name="english"/> may be null.</summary>
    public LocalizedText(string indonesian, string? english = null)
    {
        if (string.IsNullOrWhiteSpace(indonesian))
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.EmptyText().Under("id"));
        }

        Indonesian = indonesian;
        English = string.IsNullOrEmpty(english) ? null : english;
    }

    /// <summary>The Indonesian text.</summary>
    public string Indonesian { get; }

    /// <summary>The English text, if the author gave one.</summary>
    public string? English { get; }

    /// <summary>The text in <paramref name="language"/>, falling back to Indonesian.</summary>
    public string In(Language language) => language == Language.English ? English ?? Indonesian : Indonesian;

    /// <summary>A text given only in Indonesian.</summary>
    public static implicit operator LocalizedText(string indonesian) => new(indonesian);

    /// <inheritdoc />
    public override string ToString() => Indonesian;
}
