using System.Text.RegularExpressions;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Parsing;

/// <summary>
/// How YAML reads a plain (unquoted) scalar under the YAML 1.2 core schema: null, true/false, a
/// number, or text. The writer uses the same rules to decide when text must be quoted.
/// </summary>
internal static partial class YamlScalars
{
    /// <summary>The type a plain scalar with this text resolves to.</summary>
    public static ScalarType ResolvePlain(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => ScalarType.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarType.Boolean,
        _ when Number().IsMatch(text) || Special().IsMatch(text) => ScalarType.Number,
        _ => ScalarType.String,
    };

    /// <summary>
    /// True when YAML 1.1 tools (still common) would read this plain text as something other than
    /// text: yes/no/on/off, sexagesimal numbers, dates and the like.
    /// </summary>
    public static bool IsYaml11Special(string text) => Yaml11Words().IsMatch(text);

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Special();

    [GeneratedRegex(@"^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<)$", RegexOptions.CultureInvariant)]
    private static partial Regex Yaml11Words();
}
