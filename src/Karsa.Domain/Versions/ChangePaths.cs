namespace Karsa.Domain.Versions;

/// <summary>Paths of compared items: plan-file names with list items named by their key, e.g. <c>programmes[LIV-04].costs.2025.apbd</c>.</summary>
internal static class ChangePaths
{
    /// <summary>An item of a list named by its key: <c>programmes[LIV-04]</c>.</summary>
    public static string Keyed(string list, string key) => $"{list}[{key}]";
}
