using Karsa.Domain.Primitives;

namespace Karsa.Cli;

/// <summary>
/// What every command needs from its surroundings: the language to speak and where to write.
/// Output that other programs read goes to <see cref="Out"/>; messages and diagnostics to <see cref="Error"/>.
/// </summary>
public sealed record CliContext(Language Language, TextWriter Out, TextWriter Error)
{
    /// <summary>How many columns tables and help may use (see <see cref="Output.Terminal.WidthOf"/>).</summary>
    public int Width { get; init; } = Output.Terminal.WidthOf(Out);

    /// <summary>The language named by <c>--lang</c> in <paramref name="args"/>, else $KARSA_LANG, else Indonesian.</summary>
    public static Language DetectLanguage(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? value = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count)
            {
                value = args[i + 1];
            }
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                value = args[i]["--lang=".Length..];
            }
        }

        value ??= Environment.GetEnvironmentVariable("KARSA_LANG");
        return string.Equals(value, "en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Indonesian;
    }

    /// <summary>The <c>--lang</c> value of <see cref="Language"/>.</summary>
    public string LanguageKey => Language == Language.English ? "en" : "id";

    /// <summary>Picks the Indonesian or English text.</summary>
    public string T(string indonesian, string english) => Language == Language.English ? english : indonesian;
}
