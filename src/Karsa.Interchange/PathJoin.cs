namespace Karsa.Interchange;

/// <summary>Builds model paths in the <see cref="Karsa.Domain.Plans.PlanPaths"/> convention from the root down.</summary>
internal static class PathJoin
{
    /// <summary>A field or key under <paramref name="path"/> ("" is the root).</summary>
    public static string Field(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    /// <summary>The list item <paramref name="index"/> under <paramref name="path"/>.</summary>
    public static string Item(string path, int index) => $"{path}[{index}]";
}
