using Karsa.Domain.Plans;
using Karsa.Interchange.Writing;

namespace Karsa.Interchange;

/// <summary>
/// Writes a masterplan as a canonical plan file: stable field order, stable formatting, defaults
/// omitted, plan content only (no storage metadata), so equal plans give identical bytes.
/// </summary>
public static class PlanWriter
{
    /// <summary>The plan as canonical YAML or JSON text (UTF-8, LF line ends, final newline).</summary>
    public static string Write(MasterplanContent plan, PlanFormat format)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var tree = PlanTree.Build(plan);
        return format == PlanFormat.Yaml ? YamlNodeWriter.Write(tree) : JsonNodeWriter.Write(tree);
    }

    /// <summary>The plan as canonical YAML or JSON text.</summary>
    public static string Write(Masterplan plan, PlanFormat format) => Write(plan.Content, format);
}
