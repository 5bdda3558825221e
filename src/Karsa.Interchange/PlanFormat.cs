namespace Karsa.Interchange;

/// <summary>The two spellings of a plan file: YAML and JSON, same structure.</summary>
public enum PlanFormat
{
    /// <summary>YAML (.yaml, .yml).</summary>
    Yaml,

    /// <summary>JSON (.json).</summary>
    Json,
}

/// <summary>Picks a plan format from a file name.</summary>
public static class PlanFormats
{
    /// <summary>The format a file's extension names, or null when it names none.</summary>
    public static PlanFormat? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".yaml" or ".yml" => PlanFormat.Yaml,
        ".json" => PlanFormat.Json,
        _ => null,
    };
}
