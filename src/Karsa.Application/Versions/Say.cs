using Karsa.Domain.Primitives;

namespace Karsa.Application.Versions;

/// <summary>Picks the Indonesian or the English wording.</summary>
internal static class Say
{
    public static string T(Language language, string indonesian, string english) => language == Language.English ? english : indonesian;
}
